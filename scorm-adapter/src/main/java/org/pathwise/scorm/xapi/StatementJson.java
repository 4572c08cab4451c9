package org.pathwise.scorm.xapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;

/** Builds the JSON of Profile statements: actor, verb, object, timestamp, context and result parts. */
final class StatementJson {

    static final String PROFILE_CATEGORY = "https://w3id.org/xapi/scorm";
    static final String TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
    static final String TYPE_LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String TYPE_ATTEMPT = "http://adlnet.gov/expapi/activities/attempt";
    static final String TYPE_OBJECTIVE = "http://adlnet.gov/expapi/activities/objective";
    static final String TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StatementJson() {}

    /** A statement about {@code object}; its id derives from the event key, the verb and {@code part}. */
    static ObjectNode statement(StatementContext ctx, ScormVerb verb, ObjectNode object, String part) {
        ObjectNode s = JSON.objectNode();
        s.put("id", statementId(ctx, verb, part).toString());
        ObjectNode actor = s.putObject("actor");
        actor.put("objectType", "Agent");
        actor.putObject("account").put("homePage", ctx.homePage()).put("name", ctx.learnerId());
        ObjectNode v = s.putObject("verb").put("id", verb.id());
        v.putObject("display").put("en-US", verb.display());
        s.set("object", object);
        s.put("timestamp", ctx.timestamp().toString());
        s.set(
                "context",
                context(ctx, !object.path("id").asText().equals(ctx.activities().scoIri())));
        return s;
    }

    static ObjectNode sco(ScormActivities a) {
        return activity(a.scoIri(), a.scoTitle(), TYPE_LESSON);
    }

    static ObjectNode activity(String id, String name, String type) {
        ObjectNode o = JSON.objectNode().put("objectType", "Activity").put("id", id);
        ObjectNode def = o.putObject("definition");
        if (name != null && !name.isBlank()) {
            def.putObject("name").put("en-US", name);
        }
        def.put("type", type);
        return o;
    }

    /** The result of a statement about the SCO: completion, success and score as far as known, and a duration. */
    static ObjectNode result(Judgement j, Duration duration) {
        ObjectNode r = JSON.objectNode();
        if (j.completion() == Completion.COMPLETED || j.completion() == Completion.INCOMPLETE) {
            r.put("completion", j.completion() == Completion.COMPLETED);
        }
        if (j.success() != Success.UNKNOWN) {
            r.put("success", j.success() == Success.PASSED);
        }
        if (j.score().isKnown()) {
            r.set("score", score(j.score()));
        }
        if (duration != null) {
            r.put("duration", iso(duration));
        }
        return r;
    }

    /** xAPI's score: scaled in -1..1, raw only within min..max when those are given. */
    static ObjectNode score(Judgement.Score s) {
        ObjectNode o = JSON.objectNode();
        if (s.scaled() != null) {
            o.put("scaled", s.scaled());
        }
        if (s.raw() != null) {
            o.put("raw", s.raw());
            boolean ordered = s.min() == null
                    || s.max() == null
                    || s.min().compareTo(s.max()) <= 0
                            && s.raw().compareTo(s.min()) >= 0
                            && s.raw().compareTo(s.max()) <= 0;
            if (ordered && s.min() != null && s.raw().compareTo(s.min()) >= 0) {
                o.put("min", s.min());
            }
            if (ordered && s.max() != null && s.raw().compareTo(s.max()) <= 0) {
                o.put("max", s.max());
            }
        }
        return o;
    }

    static String iso(Duration d) {
        long hundredths = d.toMillis() / 10;
        return "PT" + hundredths / 100 + "." + String.format("%02d", hundredths % 100) + "S";
    }

    static ArrayNode array() {
        return JSON.arrayNode();
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }

    private static ObjectNode context(StatementContext ctx, boolean withParent) {
        ObjectNode c = JSON.objectNode();
        c.put("registration", ctx.attemptId().toString());
        ObjectNode ca = c.putObject("contextActivities");
        ScormActivities a = ctx.activities();
        ArrayNode grouping = ca.putArray("grouping");
        grouping.add(activity(a.courseIri(), a.courseTitle(), TYPE_COURSE));
        grouping.add(activity(a.attemptIri(ctx.attemptId()), null, TYPE_ATTEMPT));
        ca.putArray("category").addObject().put("id", PROFILE_CATEGORY);
        if (withParent) {
            ca.putArray("parent").add(sco(a));
        }
        return c;
    }

    private static UUID statementId(StatementContext ctx, ScormVerb verb, String part) {
        String name = ctx.attemptId() + "|" + ctx.eventKey() + "|" + verb.name() + "|" + part;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
