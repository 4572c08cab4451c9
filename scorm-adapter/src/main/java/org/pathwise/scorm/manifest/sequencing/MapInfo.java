package org.pathwise.scorm.manifest.sequencing;

/** {@code imsss:mapInfo}: how a local objective reads and writes a global (shared) objective. */
public record MapInfo(
        String targetObjectiveId,
        boolean readSatisfiedStatus,
        boolean readNormalizedMeasure,
        boolean writeSatisfiedStatus,
        boolean writeNormalizedMeasure) {}
