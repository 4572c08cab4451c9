package org.pathwise.scorm.runtime;

/**
 * When an attempt ends and what {@code cmi.entry} a launch gets. An attempt ends when the SCO finished (LMSFinish /
 * Terminate) with an exit other than {@code suspend}; the next launch then starts a new attempt. A suspended attempt is
 * resumed; an attempt whose SCO never finished (browser closed without a final commit) continues with entry "".
 */
public final class AttemptRules {

    public static final String AB_INITIO = "ab-initio";
    public static final String RESUME = "resume";
    public static final String SUSPEND = "suspend";

    private AttemptRules() {}

    public static boolean endsAttempt(boolean terminated, String exit) {
        return terminated && !SUSPEND.equals(exit);
    }

    /** The entry of a launch: ab-initio for a new attempt, resume after a suspend, otherwise "". */
    public static String entry(boolean newAttempt, String lastExit) {
        if (newAttempt) {
            return AB_INITIO;
        }
        return SUSPEND.equals(lastExit) ? RESUME : "";
    }
}
