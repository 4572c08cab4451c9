package org.pathwise.tool.pages.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Random keys made at their first use and kept in {@code lti_page_key}, so that every node of a cluster (and a
 * restarted server) uses the same key. The first node to insert a key wins; the others read it.
 */
@ApplicationScoped
public class PageKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The 32-byte key of this name. */
    public byte[] key(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT IGNORE INTO lti_page_key (name, secret, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, Base64.getEncoder().encodeToString(fresh));
                ps.setLong(3, System.currentTimeMillis());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM lti_page_key WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Base64.getDecoder().decode(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the page key " + name, e);
        }
    }
}
