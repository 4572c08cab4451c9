package org.pathwise.learning.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Elo pass over a record in time order, estimating item and skill difficulties. */
final class EloPass {

    private final EloSettings settings;
    private final Map<String, double[]> learners = new HashMap<>();
    private final Map<String, double[]> items = new HashMap<>();
    private final Map<String, double[]> skills = new HashMap<>();

    EloPass(EloSettings settings) {
        this.settings = settings;
    }

    void observe(Observation o) {
        double[] learner = learners.computeIfAbsent(o.learnerId(), k -> new double[2]);
        double[] item = items.computeIfAbsent(o.itemKey(), k -> new double[2]);
        double residual = o.score() - Elo.pCorrect(learner[0], item[0]);
        learner[0] += Elo.step(settings.learnerA(), settings.learnerB(), (int) learner[1]) * residual;
        learner[1]++;
        item[0] -= Elo.step(settings.itemA(), settings.itemB(), (int) item[1]) * residual;
        item[1]++;
        for (String skill : o.skills()) {
            double[] s = skills.computeIfAbsent(skill, k -> new double[2]);
            double skillResidual = o.score() - Elo.pCorrect(learner[0], s[0]);
            s[0] -= Elo.step(settings.itemA(), settings.itemB(), (int) s[1]) * skillResidual;
            s[1]++;
        }
    }

    Map<String, ItemParameters> items() {
        Map<String, ItemParameters> out = new HashMap<>();
        items.forEach((key, v) -> out.put(key, new ItemParameters(v[0], (int) v[1])));
        return out;
    }

    double skillDifficulty(String skill) {
        double[] s = skills.get(skill);
        return s == null ? 0 : s[0];
    }

    static EloPass run(List<Observation> ordered, EloSettings settings) {
        EloPass pass = new EloPass(settings);
        ordered.forEach(pass::observe);
        return pass;
    }
}
