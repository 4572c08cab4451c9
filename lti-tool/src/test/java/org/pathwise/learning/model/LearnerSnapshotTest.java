package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stored learner state resumes the model exactly where replaying the learner's record would be. */
class LearnerSnapshotTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SKILLS = List.of("a", "b", "c");

    static List<Observation> answers(Random random, int n, int startMinute) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String skill = SKILLS.get(random.nextInt(SKILLS.size()));
            out.add(Observation.of(
                    "ana",
                    skill,
                    "item-" + random.nextInt(5),
                    random.nextDouble() < 0.6 ? 1 : 0,
                    Instant.ofEpochSecond(3600L * (startMinute + i))));
        }
        return out;
    }

    @Test
    void restoringASnapshotThroughJsonAndObservingTheRestEqualsTheFullReplay() throws Exception {
        Random random = new Random(11);
        List<Observation> first = answers(random, 40, 0);
        List<Observation> rest = answers(random, 25, 40);
        ModelParameters params = new LearnerModelFitter(FitSettings.DEFAULT).fit(answers(new Random(2), 400, 0));
        LearnerModel replayed = LearnerModel.of(params);
        first.forEach(replayed::observe);
        rest.forEach(replayed::observe);

        LearnerModel before = LearnerModel.of(params);
        first.forEach(before::observe);
        String stored = JSON.writeValueAsString(before.snapshot("ana"));
        LearnerModel resumed = LearnerModel.of(params);
        resumed.restore(JSON.readValue(stored, LearnerSnapshot.class));
        rest.forEach(resumed::observe);

        Instant later = Instant.ofEpochSecond(3600L * 80);
        for (String skill : SKILLS) {
            assertThat(resumed.masteryNow("ana", skill, later))
                    .isCloseTo(replayed.masteryNow("ana", skill, later), within(1e-12));
            assertThat(resumed.evidence("ana", skill)).isEqualTo(replayed.evidence("ana", skill));
            assertThat(resumed.lastOutcomes("ana", skill, 10)).isEqualTo(replayed.lastOutcomes("ana", skill, 10));
            for (int item = 0; item < 5; item++) {
                assertThat(resumed.predictCorrect("ana", List.of(skill), "item-" + item, later))
                        .isCloseTo(
                                replayed.predictCorrect("ana", List.of(skill), "item-" + item, later), within(1e-12));
            }
        }
        com.fasterxml.jackson.databind.JsonNode resumedTree = JSON.valueToTree(resumed.snapshot("ana"));
        com.fasterxml.jackson.databind.JsonNode replayedTree = JSON.valueToTree(replayed.snapshot("ana"));
        assertThat((Object) resumedTree).isEqualTo(replayedTree);
    }

    @Test
    void aLearnerNeverSeenHasTheEmptyState() {
        LearnerModel model =
                LearnerModel.of(new LearnerModelFitter(FitSettings.DEFAULT).fit(answers(new Random(2), 100, 0)));

        LearnerSnapshot empty = model.snapshot("nobody");

        assertThat(empty.answers()).isZero();
        assertThat(empty.skills()).isEmpty();
        assertThat(empty.items()).isEmpty();
    }
}
