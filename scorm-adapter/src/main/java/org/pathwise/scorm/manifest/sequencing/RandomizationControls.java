package org.pathwise.scorm.manifest.sequencing;

/**
 * {@code imsss:randomizationControls} (which also carries the selection controls).
 *
 * @param randomizationTiming never (default), once, onEachNewAttempt
 * @param reorderChildren whether children are shuffled
 * @param selectCount how many children to select, null for all
 * @param selectionTiming never (default), once, onEachNewAttempt
 */
public record RandomizationControls(
        String randomizationTiming, boolean reorderChildren, Integer selectCount, String selectionTiming) {}
