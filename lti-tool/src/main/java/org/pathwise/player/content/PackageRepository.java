package org.pathwise.player.content;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.tool.platform.ToolDataSource;

/** The player_package and player_unit rows. */
@ApplicationScoped
public class PackageRepository {

    private static final String PACKAGE_COLUMNS =
            "id, standard, identifier, title, imported_by, imported_at, size_bytes, warnings, navigation";
    private static final String UNIT_COLUMNS =
            "id, package_id, position, item_id, title, launch_url, tracked, settings";

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    public void insert(StoredPackage p) {
        Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO player_package (" + PACKAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, p.id());
                ps.setString(2, p.standard().name());
                ps.setString(3, truncate(p.identifier(), 512));
                ps.setString(4, truncate(p.title(), 1000));
                ps.setString(5, p.importedBy());
                ps.setLong(6, p.importedAt().toEpochMilli());
                ps.setLong(7, p.sizeBytes());
                ps.setString(8, String.join("\n", p.warnings()));
                ps.setString(9, p.navigation());
                ps.executeUpdate();
            }
            insertUnits(c, p.units());
            return null;
        });
    }

    private static void insertUnits(Connection c, List<StoredUnit> units) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO player_unit (" + UNIT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredUnit u : units) {
                ps.setString(1, u.id());
                ps.setString(2, u.packageId());
                ps.setInt(3, u.position());
                ps.setString(4, u.itemId());
                ps.setString(5, truncate(u.title(), 1000));
                ps.setString(6, u.launchUrl());
                ps.setBoolean(7, u.tracked());
                ps.setString(8, u.settings());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<StoredPackage> list() {
        return Tx.read(dataSource, c -> {
            List<StoredPackage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT " + PACKAGE_COLUMNS + " FROM player_package ORDER BY imported_at DESC, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(toPackage(rs, List.of()));
                }
            }
            return out;
        });
    }

    public Optional<StoredPackage> find(String id) {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + PACKAGE_COLUMNS + " FROM player_package WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(toPackage(rs, units(c, id))) : Optional.empty();
                }
            }
        });
    }

    public Optional<StoredUnit> findUnit(String unitId) {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + UNIT_COLUMNS + " FROM player_unit WHERE id = ?")) {
                ps.setString(1, unitId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(toUnit(rs)) : Optional.empty();
                }
            }
        });
    }

    public boolean delete(String id) {
        return Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM player_package WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static List<StoredUnit> units(Connection c, String packageId) throws SQLException {
        List<StoredUnit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + UNIT_COLUMNS + " FROM player_unit WHERE package_id = ? ORDER BY position")) {
            ps.setString(1, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(toUnit(rs));
                }
            }
        }
        return out;
    }

    private static StoredPackage toPackage(ResultSet rs, List<StoredUnit> units) throws SQLException {
        String warnings = rs.getString(8);
        return new StoredPackage(
                rs.getString(1),
                PackageStandard.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Instant.ofEpochMilli(rs.getLong(6)),
                rs.getLong(7),
                warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")),
                rs.getString(9),
                units);
    }

    private static StoredUnit toUnit(ResultSet rs) throws SQLException {
        return new StoredUnit(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8));
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
