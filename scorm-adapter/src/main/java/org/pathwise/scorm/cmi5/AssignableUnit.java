package org.pathwise.scorm.cmi5;

import java.math.BigDecimal;
import java.util.List;

/**
 * An {@code au}.
 *
 * @param url relative to the package root or absolute, trimmed, its query string kept (merged at launch)
 * @param masteryScore 0..1, null when not set
 * @param launchParameters static parameters for LMS.LaunchData, null when none
 * @param entitlementKey for LMS.LaunchData {@code entitlementKey.courseStructure}, null when none
 * @param activityType null when none
 */
public record AssignableUnit(
        String id,
        LocalizedText title,
        LocalizedText description,
        List<String> objectiveIds,
        String url,
        LaunchMethod launchMethod,
        MoveOn moveOn,
        BigDecimal masteryScore,
        String launchParameters,
        String entitlementKey,
        String activityType)
        implements CourseNode {

    public AssignableUnit {
        objectiveIds = List.copyOf(objectiveIds);
    }
}
