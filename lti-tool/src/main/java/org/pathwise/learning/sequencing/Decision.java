package org.pathwise.learning.sequencing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One decision of the sequencer about one step, with its machine-readable reason and parameters.
 *
 * @param learnerId for whom
 * @param pathwayId in which pathway
 * @param stepId the pathway step (module or item bank id), or {@code null} when the pathway is complete
 * @param moduleId what to launch: the module, or for an item bank the chosen item; {@code null} when complete
 * @param reason why
 * @param params the reason's parameters (ids, titles, numbers), in a stable order
 */
public record Decision(
        String learnerId,
        String pathwayId,
        String stepId,
        String moduleId,
        ReasonCode reason,
        Map<String, String> params) {

    public Decision {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(reason, "reason");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The learner-readable sentence in the given language (English when there is no translation). */
    public String sentence(Locale locale) {
        return Messages.format("reason." + reason.name(), params, locale);
    }

    public String sentence() {
        return sentence(Locale.ENGLISH);
    }
}
