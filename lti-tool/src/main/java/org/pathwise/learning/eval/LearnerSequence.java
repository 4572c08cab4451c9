package org.pathwise.learning.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    public int size() {
        return skills.length;
    }
}
