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
