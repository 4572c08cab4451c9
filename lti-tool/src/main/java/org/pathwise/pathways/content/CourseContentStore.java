package org.pathwise.pathways.content;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;

/** The {@code lti_course_content} rows: one JSON document per course, replaced whole under a version check. */
@ApplicationScoped
public class CourseContentStore {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public CourseContent find(CourseKey course) {
        return Tx.read(dataSource, c -> find(c, course));
    }

    static CourseContent find(Connection c, CourseKey course) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT body, version FROM lti_course_content WHERE course_key = ?")) {
            ps.setString(1, course.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return CourseContent.EMPTY;
                }
                CourseContent doc = Json.read(rs.getString(1), CourseContent.class);
                return doc.withVersion(rs.getInt(2));
            }
        }
    }

    /** Stores {@code next} if the stored version is still {@code next.version()}; 409 otherwise. */
    public CourseContent save(CourseKey course, CourseContent next) {
        return Tx.run(dataSource, c -> {
            CourseContent stored = next.withVersion(next.version() + 1);
            String body = Json.write(stored);
            int changed;
            if (next.version() == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO lti_course_content"
                        + " (course_key, body, version, updated_at) VALUES (?, ?, 1, ?)")) {
                    ps.setString(1, course.value());
                    ps.setString(2, body);
                    ps.setLong(3, clock.millis());
                    changed = ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE lti_course_content SET body = ?,"
                        + " version = version + 1, updated_at = ? WHERE course_key = ? AND version = ?")) {
                    ps.setString(1, body);
                    ps.setLong(2, clock.millis());
                    ps.setString(3, course.value());
                    ps.setInt(4, next.version());
                    changed = ps.executeUpdate();
                }
            }
            if (changed == 0) {
                throw new ApiException(
                        ApiException.Kind.CONFLICT, "The course's content model changed meanwhile: reload and retry");
            }
            return stored;
        });
    }
}
