package org.pathwise.scorm.manifest;

import java.util.List;
import java.util.stream.Stream;
import org.pathwise.scorm.manifest.sequencing.Sequencing;

/**
 * An {@code <organization>}: a titled tree of items (the table of contents).
 *
 * @param sequencing the organization-level (root activity) sequencing, null when none
 */
public record Organization(String identifier, String title, List<Item> items, Sequencing sequencing) {

    public Organization {
        items = List.copyOf(items);
    }

    /** Every item, depth first in document order. */
    public Stream<Item> allItems() {
        return items.stream().flatMap(Item::flatten);
    }

    public List<Item> launchableItems() {
        return allItems().filter(Item::isLaunchable).toList();
    }
}
