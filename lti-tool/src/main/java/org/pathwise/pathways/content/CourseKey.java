package org.pathwise.pathways.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.pathwise.tool.session.ToolSession;

/**
 * A course: the LTI platform registration and the context (course) id of a launch. Content models, pathways and
 * mastery are kept per course, so two courses (or two platforms) never see each other's.
 *
 * @param registrationId the platform registration (0 for demo sessions without LTI)
 * @param contextId the LTI context id ({@code none} when the launch carried no context)
 */
public record CourseKey(long registrationId, String contextId) {

    public CourseKey {
        contextId = contextId == null || contextId.isBlank() ? "none" : contextId;
    }

    public static CourseKey of(ToolSession session) {
        return new CourseKey(session.registrationId(), session.contextId());
    }

    /** The stored key: {@code <registration>:<context>}, the context hashed when it is long. */
    public String value() {
        String ctx = contextId.length() <= 180 ? contextId : "sha256-" + sha256(contextId);
        return registrationId + ":" + ctx;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
