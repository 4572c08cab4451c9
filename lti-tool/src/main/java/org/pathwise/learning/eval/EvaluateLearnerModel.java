package org.pathwise.learning.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pathwise.learning.model.BktFitOptions;
import org.pathwise.learning.model.BktParameters;
import org.pathwise.learning.model.DuplicateRowGuard;
import org.pathwise.learning.model.Features;
import org.pathwise.learning.model.FitSettings;
import org.pathwise.learning.model.LearnerModelFitter;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.model.SkillParameters;
import org.pathwise.learning.model.SkillWeights;

/**
 * Offline evaluation: fits on the train file, predicts every test answer from that learner's earlier answers, prints
 * AUC and RMSE of plain BKT, Elo and the combined model, then the update throughput. Arguments: train file, test file.
 */
public final class EvaluateLearnerModel {

    /** The learnt guard: a skill pair whose consecutive rows agreed on fewer than 90% of >= 30 train rows is genuine. */
    static final double PAIR_AGREEMENT = 0.9;

    static final int PAIR_MIN_COUNT = 30;
    /** Rows one ASSIST2009 item may span (its skills; at most 4 in the train file). */
    static final int MAX_ITEM_ROWS = 4;

    private EvaluateLearnerModel() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvaluateLearnerModel <train file> <test file>");
            System.exit(2);
        }
        List<LearnerSequence> train = Assist2009Reader.read(Path.of(args[0]), "train-");
        List<LearnerSequence> test = Assist2009Reader.read(Path.of(args[1]), "test-");
        List<Observation> trainRecord = flatten(train);
        int testAnswers = test.stream().mapToInt(LearnerSequence::size).sum();

        long start = System.nanoTime();
        Map<String, BktParameters> bkt = LearnerModelFitter.fitBkt(trainRecord, BktFitOptions.STANDARD);
        long bktMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ModelParameters params = new LearnerModelFitter(FitSettings.DEFAULT).fit(trainRecord);
        long combinedMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ModelParameters guarded = new LearnerModelFitter(FitSettings.DEFAULT).fitGuarded(trainRecord);
        long guardedMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        DuplicateRowGuard pairGuard = DuplicateRowGuard.learn(trainRecord, PAIR_AGREEMENT, PAIR_MIN_COUNT);
        ModelParameters pairGuarded =
                new LearnerModelFitter(FitSettings.DEFAULT).fitGuarded(trainRecord, pairGuard, MAX_ITEM_ROWS);
        long pairMillis = (System.nanoTime() - start) / 1_000_000;
        List<Observation> keyedTrain = new ArrayList<>();
        train.forEach(l -> keyedTrain.addAll(l.observations(pairGuard, MAX_ITEM_ROWS)));
        ModelParameters keyed =
                new LearnerModelFitter(FitSettings.DEFAULT).fitGuarded(keyedTrain, pairGuard, MAX_ITEM_ROWS);

        Predictions plain = Replay.plainBkt(bkt, BktParameters.DEFAULT, test, testAnswers);
        Predictions[] combinedAndElo = Replay.combinedAndElo(params, test, testAnswers);
        List<Result> results = List.of(
                Result.of("BKT (per skill, EM, guess/slip <= 0.3)", plain, bktMillis),
                Result.of("Elo (learner ability vs item difficulty)", combinedAndElo[1], combinedMillis),
                Result.of(
                        "Combined (logistic: BKT + Elo + per-skill PFA + recency)", combinedAndElo[0], combinedMillis),
                Result.of(
                        "Combined, guarded replay (previous row hidden if other skill)",
                        Replay.combinedGuarded(params, test, testAnswers),
                        combinedMillis),
                Result.of(
                        "Combined, guarded fit and replay (no duplicated row read)",
                        Replay.combinedGuarded(guarded, test, testAnswers),
                        guardedMillis),
                Result.of(
                        "Combined, skill-pair guard learnt on train (fit and replay)",
                        Replay.combinedGuarded(pairGuarded, test, testAnswers, pairGuard, MAX_ITEM_ROWS, false),
                        pairMillis),
                Result.of(
                        "Combined, skill-pair guard, rows keyed by skill run",
                        Replay.combinedGuarded(keyed, test, testAnswers, pairGuard, MAX_ITEM_ROWS, true),
                        pairMillis));
        printTable(results, train, test);
        printGuards(test, pairGuard);
        printWeights(params);
        System.out.printf(
                "%nUpdates per second (LearnerModel.observe, %,d test answers, best of 3): %,.0f%n",
                testAnswers, Replay.updatesPerSecond(params, flatten(test), 3));
    }

    private static void printGuards(List<LearnerSequence> test, DuplicateRowGuard pairGuard) {
        System.out.println("\nGuards on the test file (a check, nothing fitted from it): rows predicted with an earlier"
                + " row hidden, and of the rows read right after a row on another skill, the share agreeing with it:");
        for (DuplicateRowGuard guard : List.of(DuplicateRowGuard.ANY_OTHER_SKILL, pairGuard)) {
            int maxRun = guard == pairGuard ? MAX_ITEM_ROWS : 1;
            double[] check = Replay.guardCheck(test, guard, maxRun);
            System.out.printf(
                    "  %-60s hidden %.1f%%, agreement when read %.1f%%%n", guard, 100 * check[1], 100 * check[0]);
        }
        double[] none = Replay.guardCheck(test, DuplicateRowGuard.NONE, 1);
        System.out.printf("  %-60s hidden %.1f%%, agreement when read %.1f%%%n", "no guard", 0.0, 100 * none[0]);
    }

    private static void printTable(List<Result> results, List<LearnerSequence> train, List<LearnerSequence> test) {
        System.out.printf("Train: %,d learners; test: %,d learners%n%n", train.size(), test.size());
        System.out.println("| model | AUC | RMSE | test answers | fit time |");
        System.out.println("|---|---|---|---|---|");
        results.forEach(r -> System.out.println(r.row()));
    }

    private static void printWeights(ModelParameters params) {
        System.out.println("\nCombined model weights:");
        for (int i = 0; i < Features.NAMES.size(); i++) {
            System.out.printf(
                    "  %-28s %+.4f%n", Features.NAMES.get(i), params.weights().get(i));
        }
        List<Map.Entry<String, SkillParameters>> bySkill =
                new ArrayList<>(params.skills().entrySet());
        bySkill.sort(Comparator.comparingDouble(e -> e.getValue().weights().easiness()));
        System.out.println("\nPer-skill terms (easiness, success and failure offsets), hardest and easiest skills:");
        int n = bySkill.size();
        for (int i = 0; i < n; i++) {
            if (i < 3 || i >= n - 3) {
                SkillWeights w = bySkill.get(i).getValue().weights();
                System.out.printf(
                        "  skill %-6s %+.3f %+.3f %+.3f%n",
                        bySkill.get(i).getKey(), w.easiness(), w.successes(), w.failures());
            }
        }
    }

    private static List<Observation> flatten(List<LearnerSequence> learners) {
        List<Observation> out = new ArrayList<>();
        learners.forEach(l -> out.addAll(l.observations()));
        return out;
    }
}
