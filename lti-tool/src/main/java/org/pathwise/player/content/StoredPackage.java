package org.pathwise.player.content;

import java.time.Instant;
import java.util.List;
import org.pathwise.scorm.pkg.PackageStandard;

/**
 * An imported package as the library keeps it.
 *
 * @param navigation the package's navigation rules as JSON ({@link org.pathwise.scorm.runtime.NavigationRules})
 */
public record StoredPackage(
        String id,
        PackageStandard standard,
        String identifier,
        String title,
        String importedBy,
        Instant importedAt,
        long sizeBytes,
        List<String> warnings,
        String navigation,
        List<StoredUnit> units) {

    public StoredPackage {
        warnings = List.copyOf(warnings);
        units = List.copyOf(units);
    }
}
