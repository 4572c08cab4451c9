package org.pathwise.scorm.cmi5.lms;

/** The cmi5 IRIs the LMS side uses (cmi5 §9.3, §9.4, §9.5.5, §9.6). */
public final class Cmi5Vocabulary {
    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    public static final String LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
    public static final String LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
    public static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
    public static final String LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
    public static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";
    public static final String TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";
    public static final String TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";

    private Cmi5Vocabulary() {}
}
