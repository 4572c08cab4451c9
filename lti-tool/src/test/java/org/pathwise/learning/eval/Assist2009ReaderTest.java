package org.pathwise.learning.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.model.LearnerModelException;

class Assist2009ReaderTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(
                Assist2009ReaderTest.class.getResource("/assist2009/" + name).toURI());
    }

    @Test
    void readsThreeLinesPerLearnerIncludingTrailingCommas() throws Exception {
        List<LearnerSequence> learners = Assist2009Reader.read(fixture("two-learners.csv"), "t-");

        assertThat(learners).extracting(LearnerSequence::learnerId).containsExactly("t-0", "t-1");
        assertThat(learners.get(0).skills()).containsExactly(4, 8, 4);
        assertThat(learners.get(1).correct()).containsExactly(1, 0);
        assertThat(learners.get(0).observations().get(1).skills()).containsExactly("8");
    }

    @Test
    void rejectsALearnerWhoseCountDisagreesWithTheAnswers() throws Exception {
        assertThatThrownBy(() -> Assist2009Reader.read(fixture("wrong-count.csv"), "t-"))
                .isInstanceOf(LearnerModelException.class)
                .hasMessageContaining("announces 3 answers");
    }
}
