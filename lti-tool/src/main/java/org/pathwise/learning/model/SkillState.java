package org.pathwise.learning.model;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Mutable state of one learner on one skill, updated in place by {@link LearnerModel}. */
final class SkillState {

    static final int HISTORY = 10;
    static final double RECENCY = 0.7;
    /** Per-answer decay of the recency-weighted counts on a skill: an answer 3 attempts back counts about half. */
    static final double DECAY = 0.8;

    double mastery;
    double ability;
    int successes;
    int failures;
    double recent;
    double last;
    double decayedSuccesses;
    double decayedFailures;
    int streak;
    long lastAnswerIndex = -1;
    Instant lastPractice;
    private final Deque<Outcome> history = new ArrayDeque<>();

    SkillState(double pInit) {
        this.mastery = pInit;
    }

    int attempts() {
        return successes + failures;
    }

    void record(Observation o, long answerIndex, double newMastery, double newAbility) {
        double signed = 2 * o.score() - 1;
        mastery = newMastery;
        ability = newAbility;
        if (o.correct()) {
            successes++;
            streak = streak > 0 ? streak + 1 : 1;
        } else {
            failures++;
            streak = streak < 0 ? streak - 1 : -1;
        }
        decayedSuccesses = DECAY * decayedSuccesses + o.score();
        decayedFailures = DECAY * decayedFailures + 1 - o.score();
        recent = RECENCY * recent + (1 - RECENCY) * signed;
        last = signed;
        lastAnswerIndex = answerIndex;
        lastPractice = o.timestamp();
        if (history.size() == HISTORY) {
            history.removeLast();
        }
        history.addFirst(new Outcome(o.itemId(), o.score(), o.timestamp()));
    }

    LearnerSnapshot.Skill snapshot() {
        List<LearnerSnapshot.Answer> answers = new ArrayList<>(history.size());
        history.forEach(o -> answers.add(
                new LearnerSnapshot.Answer(o.itemId(), o.score(), o.timestamp().toEpochMilli())));
        return new LearnerSnapshot.Skill(
                mastery,
                ability,
                successes,
                failures,
                recent,
                last,
                decayedSuccesses,
                decayedFailures,
                streak,
                lastAnswerIndex,
                lastPractice == null ? null : lastPractice.toEpochMilli(),
                answers);
    }

    static SkillState restore(LearnerSnapshot.Skill s) {
        SkillState out = new SkillState(s.mastery());
        out.ability = s.ability();
        out.successes = s.successes();
        out.failures = s.failures();
        out.recent = s.recent();
        out.last = s.last();
        out.decayedSuccesses = s.decayedSuccesses();
        out.decayedFailures = s.decayedFailures();
        out.streak = s.streak();
        out.lastAnswerIndex = s.lastAnswerIndex();
        out.lastPractice = s.lastPracticeMillis() == null ? null : Instant.ofEpochMilli(s.lastPracticeMillis());
        s.history()
                .forEach(a ->
                        out.history.addLast(new Outcome(a.itemId(), a.score(), Instant.ofEpochMilli(a.atMillis()))));
        return out;
    }

    /** Up to n most recent outcomes, newest first. */
    List<Outcome> lastOutcomes(int n) {
        List<Outcome> out = new ArrayList<>(Math.min(n, history.size()));
        for (Outcome outcome : history) {
            if (out.size() == n) {
                break;
            }
            out.add(outcome);
        }
        return out;
    }
}
