package org.pathwise.player.content;

import java.time.Instant;
import java.util.List;

/** A package as the API shows it. */
public record PackageView(
        String id,
        String standard,
        String standardLabel,
        String identifier,
        String title,
        Instant importedAt,
        long sizeBytes,
        List<String> warnings,
        List<UnitView> units) {

    /** A launchable unit with the URL of its player page. */
    public record UnitView(String id, String itemId, String title, boolean tracked, String launchUrl, String playUrl) {}

    public static PackageView of(StoredPackage p) {
        return new PackageView(
                p.id(),
                p.standard().name(),
                p.standard().label(),
                p.identifier(),
                p.title(),
                p.importedAt(),
                p.sizeBytes(),
                p.warnings(),
                p.units().stream()
                        .map(u -> new UnitView(
                                u.id(), u.itemId(), u.title(), u.tracked(), u.launchUrl(), "/play/" + u.id()))
                        .toList());
    }
}
