package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.model.LearnerModel;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.sequencing.LearnerProgress;
import org.pathwise.learning.xapi.Mapping;
import org.pathwise.learning.xapi.StatementMapper;

/**
 * One learner's record read through a course's content model: the statements mapped by {@link StatementMapper} to
 * observations and progress, replayed in time order into a fresh {@link LearnerModel}. Replaying the stored record
 * gives the same state on every node and after every restart, and makes a statement read twice count once.
 *
 * @param model the learner model holding this learner's state
 * @param progress what the learner did with each module
 * @param observations the evidence, in time order
 */
public record LearnerHistory(LearnerModel model, LearnerProgress progress, List<Observation> observations) {

    public static LearnerHistory replay(
            ContentModel content, ModelParameters params, String learnerId, List<JsonNode> statements) {
        StatementMapper mapper = new StatementMapper(content, actor -> Optional.of(learnerId));
        LearnerModel model = LearnerModel.of(params);
        LearnerProgress progress = LearnerProgress.empty(learnerId);
        List<Observation> observations = new ArrayList<>();
        List<Mapping> mapped = new ArrayList<>(mapper.mapAll(statements));
        mapped.sort(java.util.Comparator.comparing(LearnerHistory::time));
        for (Mapping m : mapped) {
            if (m.observation() != null) {
                model.observe(m.observation());
                observations.add(m.observation());
            }
            if (m.progress() != null) {
                progress = progress.apply(m.progress());
            }
        }
        return new LearnerHistory(model, progress, observations);
    }

    private static java.time.Instant time(Mapping m) {
        if (m.observation() != null) {
            return m.observation().timestamp();
        }
        return m.progress() != null ? m.progress().timestamp() : java.time.Instant.EPOCH;
    }
}
