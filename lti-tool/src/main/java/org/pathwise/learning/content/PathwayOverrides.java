package org.pathwise.learning.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What instructors decided for one pathway; every override wins over the sequencer's own rules.
 *
 * @param pins steps that must be done, by 1-based position in the remaining sequence (never skipped by a rule)
 * @param skips steps no learner of this pathway is sent to
 * @param order steps to take first, in this order (the others follow in pathway order)
 * @param nextForLearner per learner: the step they must do next (ignored once that step is done)
 */
public record PathwayOverrides(
        Map<String, Integer> pins, Set<String> skips, List<String> order, Map<String, String> nextForLearner) {

    public static final PathwayOverrides NONE = new PathwayOverrides(Map.of(), Set.of(), List.of(), Map.of());

    public PathwayOverrides {
        pins = Map.copyOf(pins);
        skips = Set.copyOf(skips);
        order = List.copyOf(order);
        nextForLearner = Map.copyOf(nextForLearner);
        pins.forEach((step, position) -> {
            if (position < 1) {
                throw ContentException.invalid("pin of '" + step + "' needs a position of at least 1");
            }
        });
    }

    public PathwayOverrides withPin(String step, int position) {
        return new PathwayOverrides(with(pins, step, position), skips, order, nextForLearner);
    }

    public PathwayOverrides withSkip(String step) {
        Set<String> s = new java.util.HashSet<>(skips);
        s.add(step);
        return new PathwayOverrides(pins, s, order, nextForLearner);
    }

    public PathwayOverrides withOrder(List<String> newOrder) {
        return new PathwayOverrides(pins, skips, newOrder, nextForLearner);
    }

    public PathwayOverrides withNextForLearner(String learnerId, String step) {
        return new PathwayOverrides(pins, skips, order, with(nextForLearner, learnerId, step));
    }

    public Optional<String> nextFor(String learnerId) {
        return Optional.ofNullable(nextForLearner.get(learnerId));
    }

    private static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new java.util.HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
