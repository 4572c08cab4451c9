package org.pathwise.learning.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.sequencing.ProgressEvent;
import org.pathwise.learning.sequencing.ProgressKind;

/**
 * Turns stored xAPI statements into learner model observations and module progress (see {@code package-info} for
 * the table). The activity is found in the content model by its id, by the SCO of a cmi.interactions-style id
 * {@code <sco activity>/interactions/<id>}, or by a parent or grouping context activity.
 */
public final class StatementMapper {

    private final ContentModel content;
    private final Function<JsonNode, Optional<String>> learnerIds;

    public StatementMapper(ContentModel content) {
        this(content, LearnerIds::of);
    }

    /** @param learnerIds the learner id of an actor (the glue may map agents to its own user ids) */
    public StatementMapper(ContentModel content, Function<JsonNode, Optional<String>> learnerIds) {
        this.content = content;
        this.learnerIds = learnerIds;
    }

    /** Maps a batch, dropping the statements voided within it (the voiding statements stay in the result). */
    public List<Mapping> mapAll(List<JsonNode> statements) {
        List<Mapping> mapped = new ArrayList<>(statements.size());
        Set<String> voided = new HashSet<>();
        for (JsonNode s : statements) {
            Mapping m = map(s);
            mapped.add(m);
            if (m.kind() == Mapping.Kind.VOIDING) {
                voided.add(m.voidedStatementId());
            }
        }
        mapped.removeIf(m -> m.statementId() != null && voided.contains(m.statementId()));
        return mapped;
    }

    public Mapping map(JsonNode statement) {
        String id = statement.path("id").asText(null);
        String verb = statement.path("verb").path("id").asText("");
        JsonNode object = statement.path("object");
        String objectType = object.path("objectType").asText("Activity");
        if (VerbRule.VOIDED.equals(verb)) {
            return "StatementRef".equals(objectType) && object.hasNonNull("id")
                    ? new Mapping(
                            id,
                            Mapping.Kind.VOIDING,
                            null,
                            null,
                            object.get("id").asText(),
                            null)
                    : Mapping.ignored(id, "voiding statement without a StatementRef");
        }
        if (!"Activity".equals(objectType) || !object.hasNonNull("id")) {
            return Mapping.ignored(id, "object is not an activity");
        }
        Optional<String> learner = learnerIds.apply(statement.get("actor"));
        if (learner.isEmpty()) {
            return Mapping.ignored(id, "actor is a group or has no identifier");
        }
        Optional<Instant> at = XapiTimestamps.of(statement);
        if (at.isEmpty()) {
            return Mapping.ignored(id, "no timestamp or stored time");
        }
        return mapActivity(statement, id, learner.get(), at.get(), VerbRule.of(verb));
    }

    private Mapping mapActivity(JsonNode statement, String id, String learner, Instant at, VerbRule rule) {
        String activityId = statement.path("object").get("id").asText();
        Optional<Module> exact = content.module(activityId);
        Optional<Module> located = exact.or(() -> content.moduleForActivity(activityId))
                .or(() -> fromContext(statement.path("context").path("contextActivities")));
        if (located.isEmpty()) {
            return Mapping.ignored(id, "activity " + activityId + " is not in the content model");
        }
        String registration = statement.path("context").path("registration").asText(null);
        ProgressEvent progress = exact.isPresent()
                ? new ProgressEvent(learner, activityId, rule.progress, at, registration)
                : new ProgressEvent(learner, located.get().id(), ProgressKind.ACTIVITY, at, registration);
        OptionalDouble score = evidenceScore(rule, statement.path("result"));
        String belowMastery = null;
        if (exact.isPresent() && rule.progress == ProgressKind.PASSED) {
            Double mastery = exact.get().masteryScore();
            JsonNode scaled = statement.path("result").path("score").path("scaled");
            if (mastery != null && scaled.isNumber() && scaled.asDouble() < mastery) {
                progress = new ProgressEvent(learner, activityId, ProgressKind.FAILED, at, registration);
                score = OptionalDouble.of(0);
                belowMastery = "passed with scaled score " + scaled.asDouble() + " below the masteryScore " + mastery
                        + ": counted as failed";
            }
        }
        Set<String> skills = located.get().competencies();
        if (score.isEmpty() || skills.isEmpty()) {
            String note = belowMastery != null
                    ? belowMastery
                    : score.isEmpty() ? null : "activity " + activityId + " has no competencies";
            return new Mapping(id, Mapping.Kind.PROGRESS, null, progress, null, note);
        }
        Observation o =
                new Observation(learner, List.copyOf(new TreeSet<>(skills)), activityId, score.getAsDouble(), at);
        return new Mapping(id, Mapping.Kind.EVIDENCE, o, progress, null, belowMastery);
    }

    private Optional<Module> fromContext(JsonNode contextActivities) {
        for (String field : List.of("parent", "grouping")) {
            JsonNode list = contextActivities.path(field);
            for (JsonNode a : list.isArray() ? list : List.of(list)) {
                Optional<Module> m =
                        a.hasNonNull("id") ? content.module(a.get("id").asText()) : Optional.empty();
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** The evidence score in [0,1] for the verb, or empty when the statement is no evidence. */
    static OptionalDouble evidenceScore(VerbRule rule, JsonNode result) {
        return switch (rule.evidence) {
            case NONE -> OptionalDouble.empty();
            case SUCCESS -> OptionalDouble.of(1);
            case FAILURE -> OptionalDouble.of(0);
            case FROM_RESULT -> fromResult(result);
        };
    }

    private static OptionalDouble fromResult(JsonNode result) {
        JsonNode score = result.path("score");
        if (score.path("scaled").isNumber()) {
            return OptionalDouble.of(clamp(score.get("scaled").asDouble()));
        }
        if (score.path("raw").isNumber()
                && score.path("min").isNumber()
                && score.path("max").isNumber()) {
            double min = score.get("min").asDouble();
            double max = score.get("max").asDouble();
            if (max > min) {
                return OptionalDouble.of(clamp((score.get("raw").asDouble() - min) / (max - min)));
            }
        }
        if (result.path("success").isBoolean()) {
            return OptionalDouble.of(result.get("success").asBoolean() ? 1 : 0);
        }
        return OptionalDouble.empty();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
