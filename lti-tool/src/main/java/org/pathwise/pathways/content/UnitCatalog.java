package org.pathwise.pathways.content;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.player.cmi5.Cmi5Courses;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.player.runtime.RuntimeSettings;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.scorm.runtime.NavigationRules;
import org.pathwise.scorm.xapi.ScormActivities;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The content library's units with the activity ids their statements carry: a SCORM SCO's IRI of the xAPI SCORM
 * Profile ({@code <public-url>/activities/scorm/<package>/<item>}), a cmi5 AU's own id; for a cmi5 AU also its
 * {@code moveOn} and {@code masteryScore} from the course structure, which the content model uses unless tagged.
 */
@ApplicationScoped
public class UnitCatalog {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UnitCatalog.class.getName());

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    RuntimeSettings settings;

    @Inject
    Cmi5Courses cmi5;

    /** Every unit, by unit id, in library order. */
    public Map<String, LibraryUnit> all() {
        return Tx.read(dataSource, c -> {
            Map<String, LibraryUnit> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT u.id, u.package_id, p.title, u.title, u.item_id,"
                            + " u.position, p.standard, p.navigation FROM player_unit u JOIN player_package p"
                            + " ON p.id = u.package_id ORDER BY p.imported_at, p.id, u.position");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), unit(rs));
                }
            }
            return out;
        });
    }

    private LibraryUnit unit(ResultSet rs) throws java.sql.SQLException {
        String packageId = rs.getString(2);
        String packageTitle = rs.getString(3);
        String title = rs.getString(4);
        String itemId = rs.getString(5);
        PackageStandard standard = PackageStandard.valueOf(rs.getString(7));
        String activityId = standard == PackageStandard.CMI5
                ? itemId
                : ScormActivities.of(settings.publicUrl(), packageId, packageTitle, itemId, title)
                        .scoIri();
        NavigationRules nav = Json.read(rs.getString(8), NavigationRules.class);
        boolean forced = nav.flow() && (nav.forwardOnly() || !nav.choice());
        int position = rs.getInt(6);
        AssignableUnit au = standard == PackageStandard.CMI5 ? au(packageId, position, itemId) : null;
        return new LibraryUnit(
                rs.getString(1),
                packageId,
                packageTitle,
                title,
                activityId,
                position,
                forced,
                au == null ? null : au.moveOn().xmlValue(),
                au == null || au.masteryScore() == null
                        ? null
                        : au.masteryScore().doubleValue());
    }

    /** The AU of a cmi5 unit from the package's course structure (parsed once per package), or null if unreadable. */
    private AssignableUnit au(String packageId, int position, String auId) {
        try {
            List<AssignableUnit> aus = cmi5.ofCmi5Package(packageId).assignableUnits();
            AssignableUnit au = position >= 0 && position < aus.size() ? aus.get(position) : null;
            return au != null && au.id().equals(auId) ? au : null;
        } catch (RuntimeException e) {
            LOG.warning("cmi5 course structure of package " + packageId + " unreadable, its moveOn is not used: " + e);
            return null;
        }
    }
}
