package org.pathwise.learning.content;

import java.util.List;
import java.util.Set;

/**
 * A pool of assessment items (modules of kind {@link ModuleKind#ITEM}) from which an adaptive test of a given length
 * is drawn; a pathway step in its own right.
 *
 * @param id the bank id
 * @param title the name shown to learners
 * @param competencies what the bank assesses
 * @param itemIds the items in the pool
 * @param length how many items a learner answers before the bank is done
 */
public record ItemBank(String id, String title, Set<String> competencies, List<String> itemIds, int length) {

    public ItemBank {
        competencies = Set.copyOf(competencies);
        itemIds = List.copyOf(itemIds);
        title = title == null || title.isBlank() ? id : title;
        if (length < 1 || length > itemIds.size()) {
            throw ContentException.invalid("item bank '" + id + "' length must be between 1 and its item count");
        }
    }
}
