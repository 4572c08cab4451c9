package org.pathwise.lrs.statements;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.lrs.platform.LrsDataSource;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;

/** Reads statements and attachment content with plain JDBC, always within one store. */
@ApplicationScoped
public class StatementReader {

    @Resource(lookup = LrsDataSource.JNDI)
    DataSource dataSource;

    public Optional<StoredStatement> byId(long storeId, String id) {
        String sql = "SELECT seq, stored, voided, authority_hash, has_attachments, body FROM lrs_statement"
                + " WHERE store_id = ? AND statement_id = ?";
        List<StoredStatement> found = list(sql, List.of(storeId, Uuids.toBytes(id)));
        return found.stream().findFirst();
    }

    /**
     * One page of a query, up to the store's watermark (statements still being written, and those after them, are
     * left for a later page); {@code rows} may exceed the page size by one to learn whether more follow.
     */
    public List<StoredStatement> page(long storeId, StatementQuery query, Long afterSeq, int rows) {
        try (Connection c = dataSource.getConnection()) {
            long settled = SeqRanges.watermark(c, storeId, System.currentTimeMillis());
            QuerySql page = QuerySql.page(storeId, query, afterSeq, rows, settled);
            return list(c, page.sql(), page.parameters());
        } catch (SQLException e) {
            throw new IllegalStateException("reading statements failed: " + e.getMessage(), e);
        }
    }

    /**
     * Statements after {@code afterSeq} in store order, voided ones included (the outbox feed), up to the store's
     * watermark: a statement still being written with a lower seq than one already committed is never skipped.
     */
    public List<StoredStatement> after(long storeId, long afterSeq, int limit) {
        String sql = "SELECT s.seq, s.stored, s.voided, s.authority_hash, s.has_attachments, s.body FROM lrs_outbox o"
                + " JOIN lrs_statement s ON s.store_id = o.store_id AND s.seq = o.seq"
                + " WHERE o.store_id = ? AND o.seq > ? AND o.seq <= ? ORDER BY o.seq LIMIT ?";
        try (Connection c = dataSource.getConnection()) {
            long settled = SeqRanges.watermark(c, storeId, System.currentTimeMillis());
            if (settled <= afterSeq) {
                return List.of();
            }
            return list(c, sql, List.of(storeId, afterSeq, settled, limit));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the outbox failed: " + e.getMessage(), e);
        }
    }

    /**
     * The store's watermark: the seq through which every statement is committed or will never be, 0 when it has
     * none (a new webhook starts after it).
     */
    public long lastSeq(long storeId) {
        try (Connection c = dataSource.getConnection()) {
            return SeqRanges.watermark(c, storeId, System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store clock failed: " + e.getMessage(), e);
        }
    }

    public List<AttachmentPart> attachments(long storeId, Collection<String> sha2s) {
        if (sha2s.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT sha2, content_type, content FROM lrs_attachment WHERE store_id = ? AND sha2 IN ("
                + Sql.placeholders(sha2s.size()) + ")";
        List<Object> params = new ArrayList<>();
        params.add(storeId);
        params.addAll(sha2s);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            List<AttachmentPart> parts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(new AttachmentPart(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return parts;
        } catch (SQLException e) {
            throw new IllegalStateException("reading attachments failed: " + e.getMessage(), e);
        }
    }

    private List<StoredStatement> list(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection()) {
            return list(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("reading statements failed: " + e.getMessage(), e);
        }
    }

    private static List<StoredStatement> list(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            List<StoredStatement> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    private static StoredStatement row(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        long stored = rs.getLong(2);
        boolean voided = rs.getBoolean(3);
        long authority = rs.getLong(4);
        Long authorityHash = rs.wasNull() ? null : authority;
        return new StoredStatement(seq, stored, voided, authorityHash, rs.getBoolean(5), rs.getString(6));
    }
}
