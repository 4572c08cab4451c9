package org.pathwise.learning.content;

import java.util.List;
import java.util.Set;

/**
 * A pool of assessment items (modules of kind {@link ModuleKind#ITEM}) from which an adaptive test is drawn; a pathway
 * step in its own right. The test stops once the standard error of the learner's ability estimate is at most
 * {@code targetStandardError} (never before {@code minItems} answers), or at {@code maxItems} answers.
 *
 * @param id the bank id
 * @param title the name shown to learners
 * @param competencies what the bank assesses
 * @param itemIds the items in the pool
 * @param minItems answers before the precision rule may end the test (1..maxItems)
 * @param maxItems answers after which the test ends whatever the precision (1..item count)
 * @param targetStandardError the standard error (logits) at which the ability is known well enough, in (0, 1)
 * @param randomesque exposure control: the item is drawn among this many most informative ones (1 = always the most
 *     informative; 1..item count)
 */
public record ItemBank(
        String id,
        String title,
        Set<String> competencies,
        List<String> itemIds,
        int minItems,
        int maxItems,
        double targetStandardError,
        int randomesque) {

    /** Answers before the precision rule may end a test, unless the maximum is lower. */
    public static final int DEFAULT_MIN_ITEMS = 3;

    /**
     * Default target standard error, in logits: with the standard normal prior about a dozen well-matched answers
     * (reliability about 0.75, enough for a formative check).
     */
    public static final double DEFAULT_TARGET_STANDARD_ERROR = 0.5;

    public ItemBank {
        competencies = Set.copyOf(competencies);
        itemIds = List.copyOf(itemIds);
        title = title == null || title.isBlank() ? id : title;
        if (maxItems < 1 || maxItems > itemIds.size()) {
            throw ContentException.invalid("item bank '" + id + "' maxItems must be between 1 and its item count");
        }
        if (minItems < 1 || minItems > maxItems) {
            throw ContentException.invalid("item bank '" + id + "' minItems must be between 1 and maxItems");
        }
        if (!(targetStandardError > 0 && targetStandardError < 1)) {
            throw ContentException.invalid("item bank '" + id + "' targetStandardError must be above 0 and below 1");
        }
        if (randomesque < 1 || randomesque > itemIds.size()) {
            throw ContentException.invalid("item bank '" + id + "' randomesque must be between 1 and its item count");
        }
    }

    /** A bank with the default stopping rule and at most {@code maxItems} answers, no exposure control. */
    public ItemBank(String id, String title, Set<String> competencies, List<String> itemIds, int maxItems) {
        this(
                id,
                title,
                competencies,
                itemIds,
                Math.min(DEFAULT_MIN_ITEMS, Math.max(1, maxItems)),
                maxItems,
                DEFAULT_TARGET_STANDARD_ERROR,
                1);
    }
}
