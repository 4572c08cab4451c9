package org.pathwise.learning.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pathwise.learning.model.BktFitOptions;
import org.pathwise.learning.model.BktParameters;
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
                        guardedMillis));
        printTable(results, train, test);
        printWeights(params);
        System.out.printf(
                "%nUpdates per second (LearnerModel.observe, %,d test answers, best of 3): %,.0f%n",
                testAnswers, Replay.updatesPerSecond(params, flatten(test), 3));
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
