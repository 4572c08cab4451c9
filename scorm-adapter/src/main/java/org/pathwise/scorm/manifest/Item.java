package org.pathwise.scorm.manifest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pathwise.scorm.manifest.sequencing.Sequencing;

/**
 * An {@code <item>} of an organization, with its ADL extensions. Null fields were not declared.
 *
 * @param identifierRef the resource it launches; null for an aggregation (an item with children only)
 * @param visible isvisible (default true)
 * @param parameters the item parameters as written
 * @param launchUrl resource href resolved against xml:base, with the parameters merged; null for an aggregation
 * @param scormType the launched resource's type, null for an aggregation
 * @param masteryScore SCORM 1.2 {@code adlcp:masteryscore}, 0..100
 * @param dataFromLms {@code adlcp:datafromlms} / {@code adlcp:dataFromLMS}, seeds cmi.launch_data
 * @param timeLimitAction e.g. "exit,message"
 * @param maxTimeAllowed SCORM 1.2 {@code adlcp:maxtimeallowed} (HHHH:MM:SS); in 2004 it is attemptAbsoluteDurationLimit
 * @param prerequisites SCORM 1.2 AICC script, kept as written and not evaluated
 * @param sequencing the effective imsss:sequencing (the referenced collection entry with local overrides)
 * @param hideLmsUi {@code adlnav:presentation/navigationInterface/hideLMSUI} values
 */
public record Item(
        String identifier,
        String identifierRef,
        String title,
        boolean visible,
        String parameters,
        String launchUrl,
        ScormType scormType,
        BigDecimal masteryScore,
        String dataFromLms,
        String timeLimitAction,
        String maxTimeAllowed,
        String prerequisites,
        CompletionThreshold completionThreshold,
        Sequencing sequencing,
        List<SharedDataMap> sharedData,
        List<String> hideLmsUi,
        List<Item> children,
        int line) {

    public Item {
        sharedData = List.copyOf(sharedData);
        hideLmsUi = List.copyOf(hideLmsUi);
        children = List.copyOf(children);
    }

    public boolean isLaunchable() {
        return launchUrl != null;
    }

    /** This item and its descendants, depth first in document order. */
    public Stream<Item> flatten() {
        List<Item> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> c.flatten().forEach(all::add));
        return all.stream();
    }
}
