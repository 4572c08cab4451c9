package org.pathwise.tool.session;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One launched user's session. {@code learnerId} is stable across launches of the same platform user ({@code iss} +
 * {@code sub}, hashed); {@code id} is the opaque, random session id given to the browser in the cookie
 * {@code pw_session} or, when third-party cookies are blocked, in the page body for the page's script (which sends it
 * in the {@code X-Pathwise-Session} header); it never goes into an address: page addresses carry one-time launch
 * handles ({@link LaunchHandles}) instead.
 *
 * @param id random handle (never guessable; 32 bytes, URL-safe Base64)
 * @param registrationId the platform registration the launch came through (0 for sessions made without LTI)
 * @param learnerId stable pseudonymous id of the user
 * @param name display name, when the platform sent one
 * @param email email, when the platform sent one
 * @param roles {@code learner}, {@code instructor}, {@code admin} (mapped from LTI roles)
 * @param contextId course id on the platform
 * @param contextTitle course title
 * @param resourceLinkId the placement launched
 * @param custom the launch's custom parameters (e.g. {@code pathway}, {@code content})
 * @param lineItemUrl AGS line item of this placement, if any
 * @param locale the LMS's locale (BCP 47), default {@code en}
 * @param expiresAt end of the session
 */
public record ToolSession(
        String id,
        long registrationId,
        String learnerId,
        String name,
        String email,
        Set<String> roles,
        String contextId,
        String contextTitle,
        String resourceLinkId,
        Map<String, String> custom,
        String lineItemUrl,
        String locale,
        Instant expiresAt) {

    public static final String LEARNER = "learner";
    public static final String INSTRUCTOR = "instructor";
    public static final String ADMIN = "admin";

    public boolean isInstructor() {
        return roles.contains(INSTRUCTOR) || roles.contains(ADMIN);
    }
}
