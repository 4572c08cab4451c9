package org.pathwise.pathways.content;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/** The {@code lti_pathway_learner} rows: who opened which pathway, where their grade goes, what was last decided. */
@ApplicationScoped
public class PathwayLearners {

    /**
     * A learner of a pathway.
     *
     * @param platformId the LTI registration their launch came through (0 without LTI)
     * @param userSub their user id on the platform (for AGS), or null
     * @param lineItemUrl the AGS line item of their placement, or null
     * @param lastGrade the last value queued for the gradebook (0 to 1), or null
     * @param lastDecision the last decision recorded as xAPI ({@code step|reason}), or null
     */
    public record Learner(
            String pathwayId,
            String learnerId,
            String name,
            long platformId,
            String userSub,
            String lineItemUrl,
            Double lastGrade,
            String lastDecision,
            int decisions) {}

    private static final String COLUMNS =
            "pathway_id, learner_id, name, platform_id, user_sub, line_item_url, last_grade, last_decision, decisions";

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** Records that the learner opened the pathway, keeping the newest AGS endpoint and user id when given. */
    public void seen(String pathwayId, String learnerId, String name, long platformId, String sub, String lineItem) {
        Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_pathway_learner (pathway_id, learner_id,"
                    + " name, platform_id, user_sub, line_item_url, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE name = COALESCE(VALUES(name), name),"
                    + " user_sub = COALESCE(VALUES(user_sub), user_sub),"
                    + " line_item_url = COALESCE(VALUES(line_item_url), line_item_url),"
                    + " platform_id = IF(VALUES(user_sub) IS NULL, platform_id, VALUES(platform_id)),"
                    + " last_seen = VALUES(last_seen)")) {
                ps.setString(1, pathwayId);
                ps.setString(2, learnerId);
                ps.setString(3, name);
                ps.setLong(4, platformId);
                ps.setString(5, sub);
                ps.setString(6, lineItem);
                ps.setLong(7, clock.millis());
                ps.setLong(8, clock.millis());
                return ps.executeUpdate();
            }
        });
    }

    public List<Learner> ofPathway(String pathwayId) {
        return query("WHERE pathway_id = ? ORDER BY first_seen, learner_id", pathwayId);
    }

    public List<Learner> ofLearner(String learnerId) {
        return query("WHERE learner_id = ?", learnerId);
    }

    public Optional<Learner> find(String pathwayId, String learnerId) {
        return ofPathway(pathwayId).stream()
                .filter(l -> l.learnerId().equals(learnerId))
                .findFirst();
    }

    /** Sets the last grade sent; false when another node changed it first (then nothing is sent twice). */
    public boolean gradeChanged(String pathwayId, String learnerId, Double before, double after) {
        return Tx.run(dataSource, c -> {
            String where = before == null ? "last_grade IS NULL" : "last_grade = ?";
            try (PreparedStatement ps = c.prepareStatement("UPDATE lti_pathway_learner SET last_grade = ?"
                    + " WHERE pathway_id = ? AND learner_id = ? AND " + where)) {
                ps.setDouble(1, after);
                ps.setString(2, pathwayId);
                ps.setString(3, learnerId);
                if (before != null) {
                    ps.setDouble(4, before);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    private List<Learner> query(String where, String value) {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM lti_pathway_learner " + where)) {
                ps.setString(1, value);
                List<Learner> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(learner(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Learner learner(ResultSet rs) throws SQLException {
        double grade = rs.getDouble(7);
        Double lastGrade = rs.wasNull() ? null : grade;
        return new Learner(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                lastGrade,
                rs.getString(8),
                rs.getInt(9));
    }

    static void setNullable(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }
}
