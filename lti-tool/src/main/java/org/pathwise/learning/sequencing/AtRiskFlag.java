package org.pathwise.learning.sequencing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One reason a learner is at risk on a pathway.
 *
 * @param learnerId who
 * @param pathwayId on which pathway
 * @param code why (machine-readable)
 * @param params its parameters, in a stable order
 */
public record AtRiskFlag(String learnerId, String pathwayId, AtRiskCode code, Map<String, String> params) {

    public AtRiskFlag {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The instructor-readable sentence. */
    public String sentence(Locale locale) {
        return Messages.format("risk." + code.name(), params, locale);
    }

    public String sentence() {
        return sentence(Locale.ENGLISH);
    }
}
