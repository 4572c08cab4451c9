package org.pathwise.tool.pages.instructor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.CourseMembers;

/**
 * Figures and names for the instructor's learner pages: a course member's display name (the course's members are
 * {@link CourseMembers}) and their time in Pathwise content.
 */
@ApplicationScoped
public class ClassMembers {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    /**
     * How the pages name a course member: the name the launch shared, else its email, else a readable pseudonym
     * numbered in the course ("Learner 3").
     */
    public static String label(CourseMembers.Member member, Messages m) {
        return member.label(m.t("learner.pseudonym", member.ordinal()));
    }

    /**
     * A learner's session time in the player: in the course (launches played in it), and from launches whose course
     * was not recorded (before V43; those may belong to any course).
     */
    public record Time(long courseMillis, long unrecordedMillis) {
        static final Time NONE = new Time(0, 0);

        public Duration course() {
            return Duration.ofMillis(courseMillis);
        }

        public Duration unrecorded() {
            return Duration.ofMillis(unrecordedMillis);
        }
    }

    /** Session time in the player per learner in the course {@code contextId} (learners without any left out). */
    public java.util.Map<String, Time> timeOnTask(java.util.Collection<String> learnerIds, String contextId) {
        java.util.Map<String, Time> out = new java.util.HashMap<>();
        if (learnerIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(learnerIds.size(), "?"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT a.learner_id,"
                        + " COALESCE(SUM(CASE WHEN l.context_id = ? THEN l.session_millis END), 0),"
                        + " COALESCE(SUM(CASE WHEN l.context_id IS NULL THEN l.session_millis END), 0)"
                        + " FROM player_launch l JOIN player_attempt a ON a.id = l.attempt_id"
                        + " WHERE a.learner_id IN (" + marks + ") AND (l.context_id = ? OR l.context_id IS NULL)"
                        + " GROUP BY a.learner_id")) {
            int i = 1;
            ps.setString(i++, contextId);
            for (String id : learnerIds) {
                ps.setString(i++, id);
            }
            ps.setString(i, contextId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Time(rs.getLong(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the time on task", e);
        }
    }

    /** The learner's session time in the player in the course {@code contextId}. */
    public Time timeOnTask(String learnerId, String contextId) {
        return timeOnTask(java.util.List.of(learnerId), contextId).getOrDefault(learnerId, Time.NONE);
    }
}
