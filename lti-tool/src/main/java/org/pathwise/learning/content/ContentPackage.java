package org.pathwise.learning.content;

import java.util.List;

/**
 * An imported package and the modules it contains, in its own order, with its sequencing constraint.
 *
 * @param id the package id
 * @param moduleIds its modules in manifest / course structure order
 * @param forcedSequential whether its modules must be taken in that order (SCORM 2004 controlMode flow with
 *     forwardOnly or without choice); the sequencer then neither reorders nor skips them on its own
 */
public record ContentPackage(String id, List<String> moduleIds, boolean forcedSequential) {

    public ContentPackage {
        moduleIds = List.copyOf(moduleIds);
    }

    /**
     * A SCORM 2004 package from its root controlMode: forced sequential when flow is on and the learner can neither
     * go back (forwardOnly) nor pick (choice off).
     */
    public static ContentPackage scorm2004(
            String id, List<String> moduleIds, boolean flow, boolean forwardOnly, boolean choice) {
        return new ContentPackage(id, moduleIds, flow && (forwardOnly || !choice));
    }

    /** A package whose modules can be taken in any order (SCORM 1.2, cmi5 without sequencing). */
    public static ContentPackage freeOrder(String id, List<String> moduleIds) {
        return new ContentPackage(id, moduleIds, false);
    }
}
