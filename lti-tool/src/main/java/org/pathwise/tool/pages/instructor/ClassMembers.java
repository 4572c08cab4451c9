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

    /** Session time in the player per learner (learners without any are left out), in one query. */
    public java.util.Map<String, Long> timeOnTaskMillis(java.util.Collection<String> learnerIds) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        if (learnerIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(learnerIds.size(), "?"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT a.learner_id, SUM(l.session_millis) FROM player_launch l"
                                + " JOIN player_attempt a ON a.id = l.attempt_id WHERE a.learner_id IN (" + marks + ")"
                                + " GROUP BY a.learner_id")) {
            int i = 1;
            for (String id : learnerIds) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the time on task", e);
        }
    }

    /** The learner's session time in the player (all their attempts), as the SCO runtimes reported it. */
    public Duration timeOnTask(String learnerId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT COALESCE(SUM(l.session_millis), 0) FROM player_launch l"
                                + " JOIN player_attempt a ON a.id = l.attempt_id WHERE a.learner_id = ?")) {
            ps.setString(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Duration.ofMillis(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the time on task", e);
        }
    }
}
