package org.pathwise.tool.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Who launched in which course ({@code lti_course_member}): one durable row per platform registration, course and
 * learner, written at every session start and kept after the sessions are purged. It holds the name and email when
 * a launch shared them (the newest shared value wins) and a per-course number in order of first launch, from which
 * the pages make a readable pseudonym ("Learner 3") for people whose platform shares no name.
 */
@ApplicationScoped
public class CourseMembers {

    /** Longest course id kept (LTI allows 255 characters). */
    static final int MAX_CONTEXT = 255;

    /**
     * A member of a course.
     *
     * @param ordinal 1 for the course's first member to launch, 2 for the next, ...
     * @param name the name a launch shared, or null
     * @param email the email a launch shared, or null
     */
    public record Member(
            String learnerId, int ordinal, String name, String email, Instant firstSeen, Instant lastSeen) {

        /** The name the launch shared, else the email, else {@code pseudonym} (made from {@link #ordinal}). */
        public String label(String pseudonym) {
            if (name != null && !name.isBlank()) {
                return name;
            }
            return email != null && !email.isBlank() ? email : pseudonym;
        }

        /** Whether no launch shared a name or an email (the pages show a pseudonym). */
        public boolean anonymous() {
            return (name == null || name.isBlank()) && (email == null || email.isBlank());
        }
    }

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** Records that the session's user launched in its course (nothing for a session without a course). */
    public void seen(ToolSession session) {
        if (session.contextId() == null
                || session.contextId().isBlank()
                || session.contextId().length() > MAX_CONTEXT) {
            return;
        }
        long now = clock.millis();
        for (int attempt = 0; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                if (update(c, session, now) > 0 || insert(c, session, now)) {
                    return;
                }
            } catch (SQLIntegrityConstraintViolationException e) {
                // another node numbered a member of this course (or this one) at the same time: look again
                if (attempt >= 4) {
                    throw new IllegalStateException("Could not record the course member", e);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record the course member", e);
            }
        }
    }

    private static int update(Connection c, ToolSession s, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE lti_course_member SET name = COALESCE(?, name),"
                + " email = COALESCE(?, email), last_seen = GREATEST(last_seen, ?)"
                + " WHERE registration_id = ? AND context_id = ? AND learner_id = ?")) {
            ps.setString(1, blankToNull(s.name(), 500));
            ps.setString(2, blankToNull(s.email(), 320));
            ps.setLong(3, now);
            ps.setLong(4, s.registrationId());
            ps.setString(5, s.contextId());
            ps.setString(6, s.learnerId());
            int changed = ps.executeUpdate();
            if (changed > 0) {
                return changed;
            }
        }
        // the driver may count only rows whose values changed: check that the row is really missing
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM lti_course_member"
                + " WHERE registration_id = ? AND context_id = ? AND learner_id = ?")) {
            ps.setLong(1, s.registrationId());
            ps.setString(2, s.contextId());
            ps.setString(3, s.learnerId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? 1 : 0;
            }
        }
    }

    private static boolean insert(Connection c, ToolSession s, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_course_member (registration_id, context_id,"
                + " learner_id, ordinal, name, email, first_seen, last_seen)"
                + " SELECT ?, ?, ?, COALESCE(MAX(ordinal), 0) + 1, ?, ?, ?, ? FROM lti_course_member"
                + " WHERE registration_id = ? AND context_id = ?")) {
            ps.setLong(1, s.registrationId());
            ps.setString(2, s.contextId());
            ps.setString(3, s.learnerId());
            ps.setString(4, blankToNull(s.name(), 500));
            ps.setString(5, blankToNull(s.email(), 320));
            ps.setLong(6, now);
            ps.setLong(7, now);
            ps.setLong(8, s.registrationId());
            ps.setString(9, s.contextId());
            return ps.executeUpdate() > 0;
        }
    }

    /** The learner, if they ever launched in the course of this (instructor's) session. */
    public Optional<Member> find(ToolSession course, String learnerId) {
        return Optional.ofNullable(of(course, java.util.List.of(learnerId)).get(learnerId));
    }

    /** The members among these learners in the course of this session (learners never seen there are left out). */
    public Map<String, Member> of(ToolSession course, Collection<String> learnerIds) {
        Map<String, Member> out = new HashMap<>();
        if (learnerIds.isEmpty() || course.contextId() == null) {
            return out;
        }
        String marks = String.join(",", Collections.nCopies(learnerIds.size(), "?"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT learner_id, ordinal, name, email, first_seen, last_seen FROM lti_course_member"
                                + " WHERE registration_id = ? AND context_id = ? AND learner_id IN (" + marks + ")")) {
            ps.setLong(1, course.registrationId());
            ps.setString(2, course.contextId());
            int i = 3;
            for (String id : learnerIds) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new Member(
                                    rs.getString(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    Instant.ofEpochMilli(rs.getLong(5)),
                                    Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the course's members", e);
        }
    }

    private static String blankToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
