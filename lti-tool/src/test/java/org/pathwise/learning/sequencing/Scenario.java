package org.pathwise.learning.sequencing;

import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.time.Duration;
import java.time.Instant;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.PathwayOverrides;
import org.pathwise.learning.model.LearnerModel;

/** One learner's situation for a sequencer test: the content, the model, their progress and the time. */
final class Scenario {

    static final String ANA = "mailto:ana@example.org";

    final ContentModel content;
    final LearnerModel model = LearningFixtures.model();
    LearnerProgress progress = LearnerProgress.empty(ANA);
    Instant now = T0.plus(Duration.ofHours(1));
    SequencerSettings settings = SequencerSettings.DEFAULT;
    PathwayOverrides overrides = PathwayOverrides.NONE;

    Scenario(ContentModel content) {
        this.content = content;
    }

    Scenario() {
        this(LearningFixtures.content());
    }

    Scenario answers(String competency, Instant at, int... scores) {
        LearningFixtures.answer(model, ANA, competency, at, scores);
        return this;
    }

    Scenario did(String module, ProgressKind kind, Instant at) {
        progress = progress.apply(LearningFixtures.event(ANA, module, kind, at));
        return this;
    }

    Scenario completed(Instant at, String... modules) {
        for (String m : modules) {
            did(m, ProgressKind.COMPLETED, at);
        }
        return this;
    }

    Plan plan(String pathway) {
        Sequencer sequencer = new Sequencer(content, settings, LearningFixtures.clockAt(now));
        return sequencer.plan(ANA, content.pathway(pathway), overrides, model, progress);
    }

    static Decision skippedDecision(Plan plan, String step) {
        return plan.skipped().stream()
                .filter(d -> d.stepId().equals(step))
                .findFirst()
                .orElseThrow(() -> new AssertionError(step + " not skipped: " + plan));
    }
}
