package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * @param observations the evidence, in time order (empty when the history was resumed from a stored state)
 * @param latestScores the latest score per activity id answered
 */
public record LearnerHistory(
        LearnerModel model,
        LearnerProgress progress,
        List<Observation> observations,
        Map<String, Double> latestScores) {

    public LearnerHistory {
        observations = List.copyOf(observations);
        latestScores = Map.copyOf(latestScores);
    }

    /** A history whose latest scores are those of its observations. */
    public LearnerHistory(LearnerModel model, LearnerProgress progress, List<Observation> observations) {
        this(model, progress, observations, latest(observations));
    }

    /** The latest score on the activity, if it was answered. */
    public java.util.OptionalDouble latestScore(String activityId) {
        Double score = latestScores.get(activityId);
        return score == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(score);
    }

    static Map<String, Double> latest(List<Observation> observations) {
        Map<String, Double> out = new java.util.HashMap<>();
        for (Observation o : observations) {
            if (o.itemId() != null) {
                out.put(o.itemId(), o.score());
            }
        }
        return out;
    }

    public static LearnerHistory replay(
            ContentModel content, ModelParameters params, String learnerId, List<JsonNode> statements) {
        return resume(
                content, LearnerModel.of(params), LearnerProgress.empty(learnerId), Map.of(), learnerId, statements);
    }

    /**
     * Continues a learner's history from a stored state with statements read since: they are mapped and applied in
     * time order, as {@link #replay} does. The observations of the result are the new ones only.
     */
    public static LearnerHistory resume(
            ContentModel content,
            LearnerModel model,
            LearnerProgress progress,
            Map<String, Double> latestScores,
            String learnerId,
            List<JsonNode> statements) {
        StatementMapper mapper = new StatementMapper(content, actor -> Optional.of(learnerId));
        List<Observation> observations = new ArrayList<>();
        Map<String, Double> latest = new java.util.HashMap<>(latestScores);
        List<Mapping> mapped = new ArrayList<>(mapper.mapAll(statements));
        mapped.sort(java.util.Comparator.comparing(LearnerHistory::time));
        for (Mapping m : mapped) {
            if (m.observation() != null) {
                model.observe(m.observation());
                observations.add(m.observation());
                if (m.observation().itemId() != null) {
                    latest.put(m.observation().itemId(), m.observation().score());
                }
            }
            if (m.progress() != null) {
                progress = progress.apply(m.progress());
            }
        }
        return new LearnerHistory(model, progress, observations, latest);
    }

    private static java.time.Instant time(Mapping m) {
        if (m.observation() != null) {
            return m.observation().timestamp();
        }
        return m.progress() != null ? m.progress().timestamp() : java.time.Instant.EPOCH;
    }
}
