package org.pathwise.learning.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.learning.model.Bkt;
import org.pathwise.learning.model.BktParameters;
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
     * The combined predictor with a guard against duplicated multi-skill rows: when the previous row is on another
     * skill (in ASSIST2009 possibly the same answer repeated for an item's second skill), the answer is predicted
     * before that row is consumed. Uses no label, only skill ids; a conservative lower bound.
     */
    static Predictions combinedGuarded(ModelParameters params, List<LearnerSequence> test, int total) {
        LearnerModel model = LearnerModel.withFrozenItems(params);
        Predictions out = new Predictions(total);
        for (LearnerSequence learner : test) {
            Observation pending = null;
            for (Observation o : learner.observations()) {
                boolean guard = pending != null && !pending.skills().equals(o.skills());
                if (pending != null && !guard) {
                    model.observe(pending);
                }
                out.add(model.predictCorrect(o.learnerId(), o.skills(), o.itemId(), o.timestamp()), o.score());
                if (guard) {
                    model.observe(pending);
                }
                pending = o;
            }
        }
        return out;
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
