package org.pathwise.learning.sequencing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Renders a {@link Decision} as an xAPI statement so it can be recorded in the LRS: actor the learner, verb
 * {@value #RECOMMENDED} (or {@value #SKIPPED} for a skip, ADL {@code completed} on the pathway when it is complete),
 * object the module's activity, {@code result.response} the learner-readable sentence, {@code result.extensions}
 * the reason code and its parameters, and the pathway as the context's parent activity.
 */
public final class DecisionStatements {

    public static final String RECOMMENDED = "https://pathwise.org/xapi/verbs/recommended";
    public static final String SKIPPED = "https://pathwise.org/xapi/verbs/skipped";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String REASON_CODE = "https://pathwise.org/xapi/extensions/reason-code";
    public static final String REASON_PARAMETERS = "https://pathwise.org/xapi/extensions/reason-parameters";
    public static final String STEP = "https://pathwise.org/xapi/extensions/pathway-step";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String pathwayActivityBase;

    /** @param pathwayActivityBase IRI prefix of pathway activity ids, e.g. {@code https://lms.example/pathways/} */
    public DecisionStatements(String pathwayActivityBase) {
        this.pathwayActivityBase = pathwayActivityBase;
    }

    /**
     * The statement for a decision.
     *
     * @param actor the learner's xAPI Agent (as the LRS knows them)
     * @param registration the xAPI registration of the learner's attempt at the pathway, or {@code null}
     */
    public ObjectNode toStatement(
            Decision d, JsonNode actor, String moduleTitle, String registration, Instant timestamp, Locale locale) {
        boolean complete = d.reason() == ReasonCode.PATHWAY_COMPLETE;
        ObjectNode s = F.objectNode();
        s.set("actor", actor.deepCopy());
        String verb = complete ? COMPLETED : StepRules.isSkip(d.reason()) ? SKIPPED : RECOMMENDED;
        ObjectNode v = s.putObject("verb").put("id", verb);
        v.putObject("display").put("en-US", verb.substring(verb.lastIndexOf('/') + 1));
        ObjectNode object = s.putObject("object").put("objectType", "Activity");
        object.put("id", complete ? pathwayActivityId(d.pathwayId()) : d.moduleId());
        if (moduleTitle != null) {
            object.putObject("definition").putObject("name").put(locale.toLanguageTag(), moduleTitle);
        }
        ObjectNode result = s.putObject("result").put("response", d.sentence(locale));
        ObjectNode ext =
                result.putObject("extensions").put(REASON_CODE, d.reason().name());
        ObjectNode params = ext.putObject(REASON_PARAMETERS);
        d.params().forEach(params::put);
        ObjectNode context = s.putObject("context");
        if (registration != null) {
            context.put("registration", registration);
        }
        if (!complete) {
            context.putObject("contextActivities")
                    .putArray("parent")
                    .addObject()
                    .put("id", pathwayActivityId(d.pathwayId()));
            context.putObject("extensions").put(STEP, d.stepId());
        }
        s.put("timestamp", timestamp.toString());
        return s;
    }

    public String pathwayActivityId(String pathwayId) {
        return pathwayActivityBase + URLEncoder.encode(pathwayId, StandardCharsets.UTF_8);
    }
}
