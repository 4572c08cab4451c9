package org.pathwise.learning.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.learning.model.DuplicateRowGuard;
import org.pathwise.learning.model.Observation;

/**
 * One learner's answers in time order, as in the ASSISTments 2009 files: the skill id and correctness of each answer.
 *
 * @param learnerId a learner id unique within the data set
 * @param skills skill id of each answer
 * @param correct 1 if the answer was correct on first attempt, else 0
 */
public record LearnerSequence(String learnerId, int[] skills, int[] correct) {

    /** The answers as observations. The files carry no times: answer k is stamped k minutes after the epoch. */
    public List<Observation> observations() {
        List<Observation> out = new ArrayList<>(skills.length);
        for (int k = 0; k < skills.length; k++) {
            out.add(Observation.of(
                    learnerId, Integer.toString(skills[k]), null, correct[k], Instant.ofEpochSecond(60L * k)));
        }
        return out;
    }

    /**
     * The answers as observations whose item is named by the skills of the row and of the earlier rows that may be
     * the same answer ({@code guard}, at most {@code maxRun} rows): a row that follows its item's first skill row is
     * keyed {@code "3>7"} (its own difficulty), a row that repeats nothing keeps no item id. Uses skill ids only.
     */
    public List<Observation> observations(DuplicateRowGuard guard, int maxRun) {
        List<Observation> out = new ArrayList<>(skills.length);
        for (int k = 0; k < skills.length; k++) {
            StringBuilder key = new StringBuilder(Integer.toString(skills[k]));
            java.util.Set<Integer> seen = new java.util.HashSet<>(List.of(skills[k]));
            for (int j = k - 1; j >= 0 && k - j <= maxRun - 1; j--) {
                if (seen.contains(skills[j])
                        || !guard.mayRepeat(
                                List.of(Integer.toString(skills[j])), List.of(Integer.toString(skills[j + 1])))) {
                    break;
                }
                seen.add(skills[j]);
                key.insert(0, skills[j] + ">");
            }
            String itemId = seen.size() == 1 ? null : "rows:" + key;
            out.add(Observation.of(
                    learnerId, Integer.toString(skills[k]), itemId, correct[k], Instant.ofEpochSecond(60L * k)));
        }
        return out;
    }

    public int size() {
        return skills.length;
    }
}
