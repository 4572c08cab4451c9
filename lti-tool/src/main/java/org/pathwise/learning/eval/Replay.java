package org.pathwise.learning.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.learning.model.Bkt;
import org.pathwise.learning.model.BktParameters;
import org.pathwise.learning.model.DuplicateRowGuard;
import org.pathwise.learning.model.GuardedReplay;
import org.pathwise.learning.model.LearnerModel;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;

/** Replays held-out learners: each answer is predicted from that learner's earlier answers, then consumed. */
final class Replay {

    private Replay() {}

    /** Combined predictor and, from the same state, the Elo-only prediction. */
    static Predictions[] combinedAndElo(ModelParameters params, List<LearnerSequence> test, int total) {
        LearnerModel model = LearnerModel.withFrozenItems(params);
        Predictions combined = new Predictions(total);
        Predictions elo = new Predictions(total);
        for (LearnerSequence learner : test) {
            for (Observation o : learner.observations()) {
                combined.add(model.predictCorrect(o.learnerId(), o.skills(), o.itemId(), o.timestamp()), o.score());
                elo.add(
                        model.abilityVsDifficulty(o.learnerId(), o.skills(), o.itemId())
                                .pCorrect(),
                        o.score());
                model.observe(o);
            }
        }
        return new Predictions[] {combined, elo};
    }

    /**
     * The combined predictor with a guard against duplicated multi-skill rows: each row is predicted before the
     * earlier rows that may be the same answer ({@link DuplicateRowGuard}) are consumed. Uses no label of the test
     * file, only skill ids (the learnt guard was learnt on the train file).
     */
    static Predictions combinedGuarded(ModelParameters params, List<LearnerSequence> test, int total) {
        return combinedGuarded(params, test, total, DuplicateRowGuard.ANY_OTHER_SKILL, 1, false);
    }

    /** Idem with a chosen guard; {@code keyRuns}: rows keyed by their run of skills ({@link LearnerSequence}). */
    static Predictions combinedGuarded(
            ModelParameters params,
            List<LearnerSequence> test,
            int total,
            DuplicateRowGuard guard,
            int maxRun,
            boolean keyRuns) {
        LearnerModel model = LearnerModel.withFrozenItems(params);
        GuardedReplay replay = new GuardedReplay(guard, maxRun, model::observe);
        Predictions out = new Predictions(total);
        for (LearnerSequence learner : test) {
            for (Observation o : keyRuns ? learner.observations(guard, maxRun) : learner.observations()) {
                replay.beforePredicting(o);
                out.add(model.predictCorrect(o.learnerId(), o.skills(), o.itemId(), o.timestamp()), o.score());
                replay.afterPredicting(o);
            }
        }
        return out;
    }

    /**
     * A check of a guard on a labelled file (diagnostic only, nothing is fitted from it): of the rows whose previous
     * row is on other skills and is read before predicting, the share with the same outcome as that previous row
     * (genuine consecutive answers agree about 60 to 75% of the time; repeats always do), and the share of all rows
     * predicted with at least one earlier row hidden.
     */
    static double[] guardCheck(List<LearnerSequence> data, DuplicateRowGuard guard, int maxRun) {
        long readOther = 0;
        long readOtherAgree = 0;
        long hidden = 0;
        long rows = 0;
        for (LearnerSequence learner : data) {
            List<Observation> obs = learner.observations();
            int[] consumed = new int[1];
            GuardedReplay replay = new GuardedReplay(guard, maxRun, o -> consumed[0]++);
            for (int k = 0; k < obs.size(); k++) {
                Observation o = obs.get(k);
                replay.beforePredicting(o);
                rows++;
                if (consumed[0] < k) {
                    hidden++;
                } else if (k > 0 && !obs.get(k - 1).skills().equals(o.skills())) {
                    readOther++;
                    if (obs.get(k - 1).correct() == o.correct()) {
                        readOtherAgree++;
                    }
                }
                replay.afterPredicting(o);
            }
        }
        return new double[] {readOther == 0 ? 0 : (double) readOtherAgree / readOther, (double) hidden / rows};
    }

    /** Plain BKT: per learner and skill, predict from the current mastery, then update it. */
    static Predictions plainBkt(
            Map<String, BktParameters> skills, BktParameters unknown, List<LearnerSequence> test, int total) {
        Predictions out = new Predictions(total);
        for (LearnerSequence learner : test) {
            Map<String, Double> mastery = new HashMap<>();
            for (Observation o : learner.observations()) {
                String skill = o.skills().get(0);
                BktParameters p = skills.getOrDefault(skill, unknown);
                double known = mastery.getOrDefault(skill, p.pInit());
                out.add(Bkt.pCorrect(known, p), o.score());
                mastery.put(skill, Bkt.update(known, o.score(), p));
            }
        }
        return out;
    }

    /** Observations consumed per second by {@link LearnerModel#observe} (best of a few passes, after warm-up). */
    static double updatesPerSecond(ModelParameters params, List<Observation> stream, int passes) {
        double best = 0;
        for (int pass = 0; pass < passes; pass++) {
            LearnerModel model = LearnerModel.of(params);
            long start = System.nanoTime();
            for (Observation o : stream) {
                model.observe(o);
            }
            best = Math.max(best, stream.size() / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }
}
