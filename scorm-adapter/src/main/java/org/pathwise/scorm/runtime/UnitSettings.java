package org.pathwise.scorm.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.scorm.manifest.CompletionThreshold;
import org.pathwise.scorm.manifest.Item;
import org.pathwise.scorm.manifest.SharedDataMap;
import org.pathwise.scorm.manifest.sequencing.Objective;
import org.pathwise.scorm.manifest.sequencing.Sequencing;

/**
 * What the manifest says about one SCO's run-time, read once at import and seeded at each launch. Null fields were
 * not declared.
 *
 * @param version the run-time data model
 * @param masteryScore SCORM 1.2 {@code adlcp:masteryscore} (0..100), seeds {@code cmi.student_data.mastery_score}
 * @param launchData {@code adlcp:datafromlms}, seeds {@code cmi.launch_data}
 * @param maxTimeAllowed SCORM 1.2 timespan or SCORM 2004 attemptAbsoluteDurationLimit
 * @param timeLimitAction e.g. {@code exit,message}
 * @param completionThreshold SCORM 2004 minProgressMeasure when completion is derived from progress
 * @param scaledPassingScore SCORM 2004 primary objective's minNormalizedMeasure when satisfiedByMeasure
 * @param objectiveIds SCORM 2004 objective ids (primary first when it has one), seeded as {@code cmi.objectives.n.id}
 * @param sharedData SCORM 2004 4th Edition {@code adlcp:data/adlcp:map}: the shared data stores the SCO sees as
 *     {@code adl.data.n} (empty when none; absent in settings stored before it existed)
 * @param hideLmsUi SCORM 2004 {@code adlnav:presentation/navigationInterface/hideLMSUI} values: the LMS controls
 *     the player must not show for this item ({@code continue}, {@code previous}, {@code exit}, {@code exitAll},
 *     {@code suspendAll}, {@code abandon}, {@code abandonAll}); empty when none or stored before it existed
 */
public record UnitSettings(
        ScormVersion version,
        BigDecimal masteryScore,
        String launchData,
        String maxTimeAllowed,
        String timeLimitAction,
        BigDecimal completionThreshold,
        BigDecimal scaledPassingScore,
        List<String> objectiveIds,
        List<SharedDataMap> sharedData,
        List<String> hideLmsUi) {

    public UnitSettings {
        objectiveIds = objectiveIds == null ? List.of() : List.copyOf(objectiveIds);
        sharedData = sharedData == null ? List.of() : List.copyOf(sharedData);
        hideLmsUi = hideLmsUi == null ? List.of() : List.copyOf(hideLmsUi);
    }

    /** Settings without shared data. */
    public UnitSettings(
            ScormVersion version,
            BigDecimal masteryScore,
            String launchData,
            String maxTimeAllowed,
            String timeLimitAction,
            BigDecimal completionThreshold,
            BigDecimal scaledPassingScore,
            List<String> objectiveIds) {
        this(
                version,
                masteryScore,
                launchData,
                maxTimeAllowed,
                timeLimitAction,
                completionThreshold,
                scaledPassingScore,
                objectiveIds,
                List.of(),
                List.of());
    }

    /** Whether the SCO may write the store of this target. */
    public boolean writesSharedData(String targetId) {
        return sharedData.stream().anyMatch(m -> m.targetId().equals(targetId) && m.writeSharedData());
    }

    /** The settings of a launchable item of a SCORM manifest. */
    public static UnitSettings of(ScormVersion version, Item item) {
        if (version == ScormVersion.SCORM_12) {
            return new UnitSettings(
                    version,
                    item.masteryScore(),
                    item.dataFromLms(),
                    item.maxTimeAllowed(),
                    item.timeLimitAction(),
                    null,
                    null,
                    List.of());
        }
        Sequencing seq = item.sequencing();
        CompletionThreshold threshold = item.completionThreshold();
        return new UnitSettings(
                version,
                null,
                item.dataFromLms(),
                seq == null || seq.limitConditions() == null
                        ? null
                        : seq.limitConditions().attemptAbsoluteDurationLimit(),
                item.timeLimitAction(),
                threshold != null && threshold.completedByMeasure() ? threshold.minProgressMeasure() : null,
                seq == null ? null : passingScore(seq),
                seq == null ? List.of() : objectiveIds(seq),
                item.sharedData(),
                item.hideLmsUi());
    }

    private static BigDecimal passingScore(Sequencing seq) {
        return seq.primaryObjective()
                .filter(Objective::satisfiedByMeasure)
                .map(o -> o.minNormalizedMeasure() == null ? BigDecimal.ONE : o.minNormalizedMeasure())
                .orElse(null);
    }

    private static List<String> objectiveIds(Sequencing seq) {
        List<String> ids = new ArrayList<>();
        seq.primaryObjective().map(Objective::objectiveId).ifPresent(ids::add);
        seq.objectives().stream()
                .filter(o -> !o.primary() && o.objectiveId() != null)
                .map(Objective::objectiveId)
                .forEach(ids::add);
        return ids;
    }
}
