package org.pathwise.scorm.manifest.sequencing;

/**
 * {@code adlseq:mapInfo} (SCORM 2004 4th Edition): the extra objective data shared through a global objective. Reads
 * default to true, writes to false.
 */
public record AdlMapInfo(
        String targetObjectiveId,
        boolean readRawScore,
        boolean readMinScore,
        boolean readMaxScore,
        boolean readCompletionStatus,
        boolean readProgressMeasure,
        boolean writeRawScore,
        boolean writeMinScore,
        boolean writeMaxScore,
        boolean writeCompletionStatus,
        boolean writeProgressMeasure) {}
