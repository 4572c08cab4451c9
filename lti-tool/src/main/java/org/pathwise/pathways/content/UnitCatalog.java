package org.pathwise.pathways.content;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.player.runtime.RuntimeSettings;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.scorm.runtime.NavigationRules;
import org.pathwise.scorm.xapi.ScormActivities;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The content library's units with the activity ids their statements carry: a SCORM SCO's IRI of the xAPI SCORM
 * Profile ({@code <public-url>/activities/scorm/<package>/<item>}), a cmi5 AU's own id.
 */
@ApplicationScoped
public class UnitCatalog {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    RuntimeSettings settings;

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
        return new LibraryUnit(rs.getString(1), packageId, packageTitle, title, activityId, rs.getInt(6), forced);
    }
}
