package org.pathwise.learning.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.learning.model.FitSettings;
import org.pathwise.learning.model.LearnerModelFitter;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;

/**
 * Chooses the ridge penalties on the train file only: fits on four fifths of the train learners and prints the AUC
 * on the other fifth (protocol and guarded replay) for a grid of penalties. Argument: train file.
 */
public final class TuneLearnerModel {

    private static final double[] SHARED = {0.1, 1, 10};
    private static final double[] PER_SKILL = {1, 10, 100};

    private TuneLearnerModel() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TuneLearnerModel <train file>");
            System.exit(2);
        }
        List<LearnerSequence> fitPart = new ArrayList<>();
        List<LearnerSequence> heldOut = new ArrayList<>();
        List<LearnerSequence> all = Assist2009Reader.read(Path.of(args[0]), "train-");
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 4 ? heldOut : fitPart).add(all.get(i));
        }
        List<Observation> record = new ArrayList<>();
        fitPart.forEach(l -> record.addAll(l.observations()));
        int answers = heldOut.stream().mapToInt(LearnerSequence::size).sum();
        System.out.println("| l2 shared | l2 per skill | held-out AUC | guarded AUC |");
        System.out.println("|---|---|---|---|");
        for (double shared : SHARED) {
            for (double perSkill : PER_SKILL) {
                FitSettings settings = FitSettings.DEFAULT.withPenalties(shared, perSkill);
                ModelParameters params = new LearnerModelFitter(settings).fit(record);
                Result protocol = Result.of("", Replay.combinedAndElo(params, heldOut, answers)[0], 0);
                Result guarded = Result.of("", Replay.combinedGuarded(params, heldOut, answers), 0);
                System.out.printf("| %s | %s | %.4f | %.4f |%n", shared, perSkill, protocol.auc(), guarded.auc());
            }
        }
    }
}
