package org.pathwise.learning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refit of the whole learner model: a pure function from the stored record to {@link ModelParameters}, safe to run
 * in the background. Steps: BKT per skill by EM; an Elo pass for item and skill difficulties; a replay of the record
 * computing each answer's features from the learner's earlier answers only; a regularised logistic fit of the shared
 * weights and of each skill's own terms ({@link SkillWeights}).
 */
public final class LearnerModelFitter {

    private final FitSettings settings;

    public LearnerModelFitter(FitSettings settings) {
        this.settings = settings;
    }

    public ModelParameters fit(List<Observation> record) {
        return fit(record, null);
    }

    /**
     * The fit for data where one answer may be logged as several consecutive rows, one per skill of the item (the
     * ASSIST2009 preprocessing): the predictor weights are learnt as the guarded evaluation predicts, each answer's
     * features computed without the learner's previous row when that row is on other skills (it may be the same
     * answer). Uses skill ids only, never outcomes.
     */
    public ModelParameters fitGuarded(List<Observation> record) {
        return fitGuarded(record, DuplicateRowGuard.ANY_OTHER_SKILL, 1);
    }

    /**
     * The guarded fit with a chosen guard: each row's features are computed without the earlier rows that {@code guard}
     * says may be the same answer (up to {@code maxRun} rows back, see {@link GuardedReplay}).
     */
    public ModelParameters fitGuarded(List<Observation> record, DuplicateRowGuard guard, int maxRun) {
        return fit(record, new GuardSpec(guard, maxRun));
    }

    private record GuardSpec(DuplicateRowGuard guard, int maxRun) {}

    private ModelParameters fit(List<Observation> record, GuardSpec guard) {
        if (record.isEmpty()) {
            throw new LearnerModelException(LearnerModelException.Kind.FIT_FAILED, "cannot fit an empty record");
        }
        List<Observation> ordered = inTimeOrder(record);
        Map<String, BktParameters> bkt = fitBkt(ordered, settings.bkt());
        EloPass elo = EloPass.run(ordered, settings.elo());
        Map<String, SkillParameters> skills = new HashMap<>();
        bkt.forEach((skill, p) -> skills.put(skill, new SkillParameters(p, elo.skillDifficulty(skill))));
        List<Double> start = new ArrayList<>(Collections.nCopies(Features.NAMES.size(), 0.0));
        start.set(1, 1.0);
        ModelParameters base =
                new ModelParameters(skills, elo.items(), average(skills), settings.elo(), settings.forgetting(), start);
        return fitWeights(ordered, base, guard);
    }

    /** Plain BKT: one parameter set per skill fitted by EM, each skill of an answer counted as an opportunity. */
    public static Map<String, BktParameters> fitBkt(List<Observation> ordered, BktFitOptions options) {
        Map<String, Map<String, List<Double>>> bySkill = new LinkedHashMap<>();
        for (Observation o : ordered) {
            for (String skill : o.skills()) {
                bySkill.computeIfAbsent(skill, k -> new LinkedHashMap<>())
                        .computeIfAbsent(o.learnerId(), k -> new ArrayList<>())
                        .add(o.score());
            }
        }
        BktFitter fitter = new BktFitter(options);
        Map<String, BktParameters> out = new HashMap<>();
        bySkill.forEach((skill, byLearner) -> out.put(skill, fitter.fit(toArrays(byLearner.values()))));
        return out;
    }

    private ModelParameters fitWeights(List<Observation> ordered, ModelParameters base, GuardSpec guard) {
        List<String> skillOrder = new ArrayList<>(new TreeSet<>(base.skills().keySet()));
        Map<String, Integer> column = new HashMap<>();
        int shared = Features.NAMES.size();
        for (int i = 0; i < skillOrder.size(); i++) {
            column.put(skillOrder.get(i), shared + SkillWeights.SIZE * i);
        }
        LearnerModel replay = LearnerModel.withFrozenItems(base);
        GuardedReplay guarded =
                guard == null ? null : new GuardedReplay(guard.guard(), guard.maxRun(), replay::observe);
        int[][] columns = new int[ordered.size()][];
        double[][] values = new double[ordered.size()][];
        double[] y = new double[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            Observation o = ordered.get(i);
            if (guarded != null) {
                guarded.beforePredicting(o);
            }
            SparseRow row = SparseRow.of(
                    replay.features(o.learnerId(), o.skills(), o.itemId(), o.timestamp()),
                    o.skills(),
                    replay.skillInputs(o.learnerId(), o.skills()),
                    column);
            columns[i] = row.columns();
            values[i] = row.values();
            y[i] = o.score();
            if (guarded != null) {
                guarded.afterPredicting(o);
            } else {
                replay.observe(o);
            }
        }
        double[] w = SparseLogisticRegression.fit(columns, values, y, penalties(shared, skillOrder.size()), 30);
        Map<String, SkillParameters> skills = new HashMap<>();
        for (String skill : skillOrder) {
            skills.put(skill, base.skill(skill).withWeights(SkillWeights.of(w, column.get(skill))));
        }
        List<Double> weights = new ArrayList<>(shared);
        for (int i = 0; i < shared; i++) {
            weights.add(w[i]);
        }
        return new ModelParameters(skills, base.items(), base.unknownSkill(), base.elo(), base.forgetting(), weights);
    }

    private double[] penalties(int shared, int skillCount) {
        double[] l2 = new double[shared + SkillWeights.SIZE * skillCount];
        Arrays.fill(l2, 1, shared, settings.l2());
        Arrays.fill(l2, shared, l2.length, settings.skillL2());
        return l2;
    }

    static List<Observation> inTimeOrder(List<Observation> record) {
        List<Observation> ordered = new ArrayList<>(record);
        ordered.sort(Comparator.comparing(Observation::timestamp));
        return ordered;
    }

    private static List<double[]> toArrays(Iterable<List<Double>> sequences) {
        List<double[]> out = new ArrayList<>();
        for (List<Double> s : sequences) {
            out.add(s.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }

    private static SkillParameters average(Map<String, SkillParameters> skills) {
        if (skills.isEmpty()) {
            return new SkillParameters(BktParameters.DEFAULT, 0);
        }
        double[] sum = new double[6];
        for (SkillParameters s : skills.values()) {
            BktParameters b = s.bkt();
            double[] v = {b.pInit(), b.pLearn(), b.pSlip(), b.pGuess(), b.pForget(), s.difficulty()};
            for (int i = 0; i < 6; i++) {
                sum[i] += v[i] / skills.size();
            }
        }
        return new SkillParameters(new BktParameters(sum[0], sum[1], sum[2], sum[3], sum[4]), sum[5]);
    }
}
