package org.pathwise.learning.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Replays rows into a learner model so that each row is predicted without the earlier rows that may be the same answer
 * ({@link DuplicateRowGuard}): those stay pending until the row is predicted. Per learner, the pending rows form a run
 * of rows on distinct skills, each possibly repeating the one before, at most {@code maxRun} long (an item's rows).
 * Usage per row: {@link #beforePredicting}, predict, {@link #afterPredicting}.
 */
public final class GuardedReplay {

    private final DuplicateRowGuard guard;
    private final int maxRun;
    private final Consumer<Observation> consume;
    private final Map<String, Deque<Observation>> pending = new HashMap<>();

    /**
     * @param guard which earlier rows may repeat a row
     * @param maxRun how many earlier rows may belong to the same answer (1: only the previous row)
     * @param consume where rows go once they may be read (the model's observe)
     */
    public GuardedReplay(DuplicateRowGuard guard, int maxRun, Consumer<Observation> consume) {
        if (maxRun < 1) {
            throw LearnerModelException.invalid("maxRun must be at least 1");
        }
        this.guard = guard;
        this.maxRun = maxRun;
        this.consume = consume;
    }

    /** Consumes the learner's pending rows unless they may be the same answer as {@code o}. */
    public void beforePredicting(Observation o) {
        Deque<Observation> run = pending.get(o.learnerId());
        if (run == null || run.isEmpty()) {
            return;
        }
        boolean sameItemPossible = guard.mayRepeat(run.peekLast().skills(), o.skills())
                && run.stream().noneMatch(r -> r.skills().equals(o.skills()));
        if (!sameItemPossible) {
            while (!run.isEmpty()) {
                consume.accept(run.removeFirst());
            }
        }
    }

    /** Keeps {@code o} pending; the oldest pending rows beyond the run length are consumed. */
    public void afterPredicting(Observation o) {
        Deque<Observation> run = pending.computeIfAbsent(o.learnerId(), k -> new ArrayDeque<>());
        run.addLast(o);
        while (run.size() > maxRun) {
            consume.accept(run.removeFirst());
        }
    }

    /** Number of the learner's rows not yet consumed. */
    public int pending(String learnerId) {
        Deque<Observation> run = pending.get(learnerId);
        return run == null ? 0 : run.size();
    }
}
