package org.pathwise.lrs.cmi5;

import java.util.Set;

/** The cmi5 IRIs the LRS checks (cmi5 §9.3, §9.6). */
public final class Cmi5Terms {
    public static final String ADL = "http://adlnet.gov/expapi/verbs/";
    public static final String INITIALIZED = ADL + "initialized";
    public static final String COMPLETED = ADL + "completed";
    public static final String PASSED = ADL + "passed";
    public static final String FAILED = ADL + "failed";
    public static final String TERMINATED = ADL + "terminated";
    public static final String VOIDED = ADL + "voided";
    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    /** The verbs an AU may use in cmi5 defined statements (the others of §9.3 are the LMS's). */
    public static final Set<String> AU_VERBS = Set.of(INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED);

    /** Verbs whose statements must carry {@code result.duration} (§9.5.4.1). */
    public static final Set<String> NEED_DURATION = Set.of(COMPLETED, PASSED, FAILED, TERMINATED);

    private Cmi5Terms() {}

    /** The last path segment of a verb IRI ({@code passed}). */
    public static String shortName(String verb) {
        return verb.substring(verb.lastIndexOf('/') + 1);
    }
}
