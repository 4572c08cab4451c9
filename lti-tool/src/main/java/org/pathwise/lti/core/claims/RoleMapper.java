package org.pathwise.lti.core.claims;

import java.util.Map;
import java.util.Optional;

/**
 * Maps one LTI role string to a {@link Role}. Accepts LIS v2 context (membership) roles as full URIs and sub-roles,
 * the short forms ({@code Instructor}) that LTI 1.3 allows for context roles, LTI 1.1 URNs, and the administrator
 * roles of the system and institution vocabularies. Other institution and system roles (Student, Faculty, User...)
 * say nothing about the course and are not mapped.
 */
final class RoleMapper {
    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final String MEMBERSHIP = LIS + "membership";
    private static final Map<String, Role> CONTEXT = Map.of(
            "Administrator", Role.ADMINISTRATOR,
            "ContentDeveloper", Role.CONTENT_DEVELOPER,
            "Instructor", Role.INSTRUCTOR,
            "Learner", Role.LEARNER,
            "Mentor", Role.MENTOR,
            "Manager", Role.MANAGER,
            "Member", Role.MEMBER,
            "Officer", Role.MANAGER,
            "TeachingAssistant", Role.TEACHING_ASSISTANT,
            "Guest", Role.GUEST);

    private RoleMapper() {}

    static Optional<Role> map(String role) {
        String value = role == null ? "" : role.trim();
        if (value.startsWith(MEMBERSHIP)) {
            return membership(value.substring(MEMBERSHIP.length()));
        }
        if (value.startsWith(LIS + "institution/person#") || value.startsWith(LIS + "system/person#")) {
            return administrator(value.substring(value.indexOf('#') + 1));
        }
        if (value.startsWith("urn:lti:role:ims/lis/")) {
            String[] parts = value.substring("urn:lti:role:ims/lis/".length()).split("/");
            return membership(parts.length == 1 ? "#" + parts[0] : "/" + parts[0] + "#" + parts[1]);
        }
        if (value.startsWith("urn:lti:instrole:ims/lis/") || value.startsWith("urn:lti:sysrole:ims/lis/")) {
            return administrator(value.substring(value.lastIndexOf('/') + 1));
        }
        return Optional.ofNullable(CONTEXT.get(value));
    }

    /** {@code #Instructor}, or a sub-role {@code /Instructor#TeachingAssistant}. */
    private static Optional<Role> membership(String rest) {
        int hash = rest.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String principal = rest.substring(0, hash).replace("/", "");
        String name = rest.substring(hash + 1);
        if (principal.isEmpty()) {
            return Optional.ofNullable(CONTEXT.get(name));
        }
        if (name.equals("TeachingAssistant") || name.startsWith("TeachingAssistant")) {
            return Optional.of(Role.TEACHING_ASSISTANT);
        }
        return Optional.ofNullable(CONTEXT.get(principal));
    }

    private static Optional<Role> administrator(String name) {
        boolean admin = name.equals("Administrator") || name.equals("SysAdmin") || name.equals("AccountAdmin");
        return admin ? Optional.of(Role.ADMINISTRATOR) : Optional.empty();
    }
}
