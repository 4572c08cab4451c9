package org.pathwise.scorm.runtime;

import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.manifest.sequencing.ControlMode;
import org.pathwise.scorm.manifest.sequencing.Sequencing;

/**
 * The LMS-provided navigation a package allows, from the control mode of its organization (IMS SS): {@code choice}
 * (a clickable table of contents), {@code flow} (continue/previous in tree order), {@code forwardOnly} (no previous).
 * SCORM 1.2 packages and 2004 packages without organization-level sequencing get choice and flow.
 */
public record NavigationRules(boolean choice, boolean flow, boolean forwardOnly) {

    public static final NavigationRules FREE = new NavigationRules(true, true, false);

    public static NavigationRules of(ScormManifest manifest) {
        Sequencing seq = manifest.organization().sequencing();
        if (!manifest.standard().isScorm2004() || seq == null || seq.controlMode() == null) {
            return FREE;
        }
        ControlMode mode = seq.effectiveControlMode();
        return new NavigationRules(mode.choice(), mode.flow(), mode.forwardOnly());
    }

    public boolean allowsPrevious() {
        return flow && !forwardOnly;
    }
}
