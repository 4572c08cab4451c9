package org.pathwise.learning.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Decides, from skill ids only, whether a learner's previous row may be the same answer as the current row: some data
 * sets (the ASSIST2009 preprocessing) log an item with several skills as consecutive rows, one per skill, with the same
 * outcome. A guarded replay predicts a row before consuming the earlier rows that may repeat it.
 *
 * <p>Two guards: {@link #ANY_OTHER_SKILL} (every change of skill may be a repeat; conservative, it also hides genuine
 * earlier answers) and {@link #learn} (only the ordered skill pairs that behave like repeats in a training record).
 */
public final class DuplicateRowGuard {

    /** Every previous row on other skills may be the same answer. */
    public static final DuplicateRowGuard ANY_OTHER_SKILL =
            new DuplicateRowGuard("any other skill", (previous, current) -> !previous.equals(current));

    /** No row repeats another (the data protocol as is). */
    public static final DuplicateRowGuard NONE = new DuplicateRowGuard("none", (previous, current) -> false);

    private final String name;
    private final BiPredicate<List<String>, List<String>> mayRepeat;

    private DuplicateRowGuard(String name, BiPredicate<List<String>, List<String>> mayRepeat) {
        this.name = name;
        this.mayRepeat = mayRepeat;
    }

    /**
     * A guard learnt on a training record: an ordered pair of skills (previous row, current row) counts as a possible
     * repeat when, on consecutive rows of one learner in the record, the two outcomes were equal at least
     * {@code minAgreement} of the time, or when the pair occurred fewer than {@code minCount} times (too little
     * evidence: hidden). In ASSIST2009 the item's skills are listed in a fixed order, so the pair "a then b" of an item
     * tagged a and b agrees 100% of the time while "b then a" (two items) agrees 55 to 80%, like any two answers.
     * Same-skill pairs are never repeats (the preprocessing writes one row per skill of an item).
     */
    public static DuplicateRowGuard learn(List<Observation> record, double minAgreement, int minCount) {
        Map<String, Observation> previousByLearner = new HashMap<>();
        Map<List<List<String>>, int[]> pairs = new HashMap<>();
        for (Observation o : LearnerModelFitter.inTimeOrder(record)) {
            Observation previous = previousByLearner.put(o.learnerId(), o);
            if (previous != null && !previous.skills().equals(o.skills())) {
                int[] counts = pairs.computeIfAbsent(List.of(previous.skills(), o.skills()), k -> new int[2]);
                counts[0]++;
                if (previous.correct() == o.correct()) {
                    counts[1]++;
                }
            }
        }
        Set<List<List<String>>> genuine = new java.util.HashSet<>();
        pairs.forEach((pair, counts) -> {
            if (counts[0] >= minCount && counts[1] < minAgreement * counts[0]) {
                genuine.add(pair);
            }
        });
        return new DuplicateRowGuard(
                String.format(
                        "skill pairs agreeing < %.0f%% over >= %d rows are genuine", 100 * minAgreement, minCount),
                (previous, current) -> !previous.equals(current) && !genuine.contains(List.of(previous, current)));
    }

    /** True when a row on {@code previous} skills just before a row on {@code current} skills may be the same answer. */
    public boolean mayRepeat(List<String> previous, List<String> current) {
        return mayRepeat.test(previous, current);
    }

    @Override
    public String toString() {
        return name;
    }
}
