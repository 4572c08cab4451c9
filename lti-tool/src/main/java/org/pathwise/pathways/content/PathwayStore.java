package org.pathwise.pathways.content;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/** The {@code lti_pathway} rows. */
@ApplicationScoped
public class PathwayStore {

    private static final String COLUMNS =
            "id, registration_id, context_id, title, role, steps, overrides, grade_mode, due_at";

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public List<PathwayRecord> ofCourse(CourseKey course) {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM lti_pathway WHERE course_key = ? ORDER BY created_at, id")) {
                ps.setString(1, course.value());
                return rows(ps);
            }
        });
    }

    public Optional<PathwayRecord> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM lti_pathway WHERE id = ?")) {
                ps.setString(1, id);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /** Every pathway (for the background jobs). */
    public List<PathwayRecord> all() {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM lti_pathway")) {
                return rows(ps);
            }
        });
    }

    public void insert(PathwayRecord p) {
        Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_pathway (" + COLUMNS
                    + ", course_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, p);
                ps.setString(10, p.course().value());
                ps.setLong(11, clock.millis());
                ps.setLong(12, clock.millis());
                return ps.executeUpdate();
            }
        });
    }

    public void update(PathwayRecord p) {
        Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE lti_pathway SET id = ?, registration_id = ?,"
                    + " context_id = ?, title = ?, role = ?, steps = ?, overrides = ?, grade_mode = ?, due_at = ?,"
                    + " updated_at = ? WHERE id = ?")) {
                bind(ps, p);
                ps.setLong(10, clock.millis());
                ps.setString(11, p.id());
                return ps.executeUpdate();
            }
        });
    }

    public boolean delete(String id) {
        return Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM lti_pathway WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static void bind(PreparedStatement ps, PathwayRecord p) throws SQLException {
        ps.setString(1, p.id());
        ps.setLong(2, p.course().registrationId());
        ps.setString(3, p.course().contextId());
        ps.setString(4, p.title());
        ps.setString(5, p.role());
        ps.setString(6, Json.write(p.steps()));
        ps.setString(7, Json.write(p.overrides()));
        ps.setString(8, p.gradeMode().name());
        if (p.dueAt() == null) {
            ps.setNull(9, Types.BIGINT);
        } else {
            ps.setLong(9, p.dueAt().toEpochMilli());
        }
    }

    private static List<PathwayRecord> rows(PreparedStatement ps) throws SQLException {
        List<PathwayRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long due = rs.getLong(9);
                boolean noDue = rs.wasNull();
                out.add(new PathwayRecord(
                        rs.getString(1),
                        new CourseKey(rs.getLong(2), rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        read(rs.getString(6), new TypeReference<List<String>>() {}),
                        read(rs.getString(7), new TypeReference<PathwayRecord.Overrides>() {}),
                        PathwayRecord.GradeMode.valueOf(rs.getString(8)),
                        noDue ? null : Instant.ofEpochMilli(due)));
            }
        }
        return out;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored pathway: " + e.getMessage(), e);
        }
    }
}
