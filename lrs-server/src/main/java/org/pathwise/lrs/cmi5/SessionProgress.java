package org.pathwise.lrs.cmi5;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an AU session has stored so far.
 *
 * @param definedVerbs short names of the cmi5 defined verbs used in the session ({@code initialized}, ...)
 * @param scoreScaled the scaled score of the session's passed or failed statement, if any
 */
public record SessionProgress(Set<String> definedVerbs, BigDecimal scoreScaled) {

    public static final SessionProgress NONE = new SessionProgress(Set.of(), null);

    public SessionProgress {
        definedVerbs = Set.copyOf(definedVerbs);
    }

    public boolean has(String verb) {
        return definedVerbs.contains(Cmi5Terms.shortName(verb));
    }

    SessionProgress with(String verb, BigDecimal scaled) {
        Set<String> verbs = new TreeSet<>(definedVerbs);
        verbs.add(Cmi5Terms.shortName(verb));
        return new SessionProgress(verbs, scaled != null ? scaled : scoreScaled);
    }

    /** As stored: the short names separated by spaces. */
    public String verbList() {
        return String.join(" ", new TreeSet<>(definedVerbs));
    }
}
