package org.pathwise.lti.core.claims;

/** The roles Pathwise acts on. LTI roles that map to none of these are kept only in {@link Roles#raw()}. */
public enum Role {
    ADMINISTRATOR,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    MENTOR,
    MANAGER,
    LEARNER,
    MEMBER,
    GUEST;

    /** Staff may design pathways and see other learners' data. */
    public boolean isStaff() {
        return this == ADMINISTRATOR || this == INSTRUCTOR || this == TEACHING_ASSISTANT || this == CONTENT_DEVELOPER;
    }
}
