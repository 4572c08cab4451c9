package org.pathwise.scorm.manifest.sequencing;

import java.math.BigDecimal;
import java.util.List;

/**
 * An {@code imsss:primaryObjective} or {@code imsss:objective}.
 *
 * @param objectiveId may be null only for a primary objective that nothing references
 * @param primary true for the primary objective (the one that rolls up)
 * @param satisfiedByMeasure satisfied status is derived from the measure
 * @param minNormalizedMeasure the passing measure (-1..1, default 1.0); seeds cmi.scaled_passing_score
 * @param mapInfo global objective mappings (imsss)
 * @param adlMapInfo 4th Edition extra mappings from {@code adlseq:objectives} with the same objectiveID
 */
public record Objective(
        String objectiveId,
        boolean primary,
        boolean satisfiedByMeasure,
        BigDecimal minNormalizedMeasure,
        List<MapInfo> mapInfo,
        List<AdlMapInfo> adlMapInfo) {

    public Objective {
        mapInfo = List.copyOf(mapInfo);
        adlMapInfo = List.copyOf(adlMapInfo);
    }

    Objective withAdlMapInfo(List<AdlMapInfo> extra) {
        return new Objective(objectiveId, primary, satisfiedByMeasure, minNormalizedMeasure, mapInfo, extra);
    }
}
