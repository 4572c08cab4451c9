package org.pathwise.scorm.sequencing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A navigation request: from the player's buttons and table of contents, or from a SCO's {@code adl.nav.request}
 * processed after it terminated.
 *
 * @param target the activity of a choice request, null otherwise
 */
public record NavRequest(Type type, String target) {

    /** The SCORM 2004 navigation request types (JUMP: 4th Edition). */
    public enum Type {
        START,
        RESUME_ALL,
        CONTINUE,
        PREVIOUS,
        CHOICE,
        JUMP,
        EXIT,
        EXIT_ALL,
        SUSPEND_ALL,
        ABANDON_ALL,
        NONE
    }

    private static final Pattern CHOICE = Pattern.compile("\\{target=([^}]+)}choice");
    private static final Pattern JUMP = Pattern.compile("\\{target=([^}]+)}jump");

    public static NavRequest of(Type type) {
        return new NavRequest(type, null);
    }

    public static NavRequest choice(String target) {
        return new NavRequest(Type.CHOICE, target);
    }

    public static NavRequest jump(String target) {
        return new NavRequest(Type.JUMP, target);
    }

    /**
     * Reads a value of {@code adl.nav.request}: continue, previous, {target=ID}choice, {target=ID}jump, exit, exitAll,
     * suspendAll, abandon, abandonAll, _none_. Null, empty or unknown values read as NONE.
     */
    public static NavRequest parse(String value) {
        if (value == null) {
            return of(Type.NONE);
        }
        Matcher m = CHOICE.matcher(value.trim());
        if (m.matches()) {
            return choice(m.group(1));
        }
        Matcher j = JUMP.matcher(value.trim());
        if (j.matches()) {
            return jump(j.group(1));
        }
        return switch (value.trim()) {
            case "continue" -> of(Type.CONTINUE);
            case "previous" -> of(Type.PREVIOUS);
            case "exit", "abandon" -> of(Type.EXIT);
            case "exitAll" -> of(Type.EXIT_ALL);
            case "suspendAll" -> of(Type.SUSPEND_ALL);
            case "abandonAll" -> of(Type.ABANDON_ALL);
            default -> of(Type.NONE);
        };
    }
}
