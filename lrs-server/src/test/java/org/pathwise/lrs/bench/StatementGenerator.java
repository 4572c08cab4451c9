package org.pathwise.lrs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic xAPI statements from a fixed population: learners (mbox or account), ADL verbs, courses of modules,
 * one registration per learner and course, context activities (parent module's course, grouping programme, cmi5
 * category), results with scores, success, completion and duration. Deterministic for a given index.
 */
final class StatementGenerator {

    static final String[] VERBS = {
        "http://adlnet.gov/expapi/verbs/launched", "http://adlnet.gov/expapi/verbs/initialized",
        "http://adlnet.gov/expapi/verbs/attempted", "http://adlnet.gov/expapi/verbs/experienced",
        "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/completed",
        "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed",
        "http://adlnet.gov/expapi/verbs/terminated", "http://adlnet.gov/expapi/verbs/progressed"
    };
    static final int COURSES = 40;
    static final int MODULES_PER_COURSE = 25;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final int actors;
    private final long seed;

    StatementGenerator(int actors, long seed) {
        this.actors = actors;
        this.seed = seed;
    }

    int actors() {
        return actors;
    }

    String actorKey(int actor) {
        return actor % 4 == 0
                ? "account:https://lms.example.org|learner-" + actor
                : "mbox:mailto:learner" + actor + "@example.org";
    }

    /** The agent filter value of an actor, as JSON. */
    String agentJson(int actor) {
        return actor % 4 == 0
                ? "{\"account\":{\"homePage\":\"https://lms.example.org\",\"name\":\"learner-" + actor + "\"}}"
                : "{\"mbox\":\"mailto:learner" + actor + "@example.org\"}";
    }

    static String courseId(int course) {
        return "https://courses.example.org/course/" + course;
    }

    static String moduleId(int course, int module) {
        return courseId(course) + "/module/" + module;
    }

    static UUID registration(int actor, int course) {
        return UUID.nameUUIDFromBytes(
                ("reg:" + actor + ":" + course).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    GeneratedStatement statement(long index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        int actor = r.nextInt(actors);
        int course = (actor * 7 + r.nextInt(3)) % COURSES;
        int module = r.nextInt(MODULES_PER_COURSE);
        String verb = VERBS[r.nextInt(VERBS.length)];
        UUID id = new UUID(r.nextLong(), r.nextLong());
        UUID registration = registration(actor, course);
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id.toString());
        actorNode(s.putObject("actor"), actor);
        ObjectNode v = s.putObject("verb").put("id", verb);
        v.putObject("display").put("en-US", verb.substring(verb.lastIndexOf('/') + 1));
        activityNode(s.putObject("object"), moduleId(course, module), "Module " + module, "module");
        if (r.nextInt(3) > 0) {
            resultNode(s.putObject("result"), r);
        }
        contextNode(s.putObject("context"), registration, course, r);
        s.put("timestamp", EPOCH.plusSeconds(r.nextInt(300 * 86_400)).toString());
        List<String> context = List.of(
                courseId(course),
                "https://programs.example.org/p/" + course % 5,
                "https://w3id.org/xapi/cmi5/context/categories/moveon");
        return new GeneratedStatement(
                id, s.toString(), actorKey(actor), verb, moduleId(course, module), registration, context);
    }

    private static void actorNode(ObjectNode a, int actor) {
        a.put("objectType", "Agent").put("name", "Learner " + actor);
        if (actor % 4 == 0) {
            a.putObject("account").put("homePage", "https://lms.example.org").put("name", "learner-" + actor);
        } else {
            a.put("mbox", "mailto:learner" + actor + "@example.org");
        }
    }

    private static void activityNode(ObjectNode o, String id, String name, String type) {
        o.put("objectType", "Activity").put("id", id);
        ObjectNode d = o.putObject("definition");
        d.putObject("name").put("en-US", name);
        d.put("type", "http://adlnet.gov/expapi/activities/" + type);
    }

    private static void resultNode(ObjectNode res, SplittableRandom r) {
        int raw = r.nextInt(101);
        res.putObject("score")
                .put("scaled", raw / 100.0)
                .put("raw", raw)
                .put("min", 0)
                .put("max", 100);
        res.put("success", raw >= 60).put("completion", r.nextBoolean());
        res.put("duration", Duration.ofSeconds(30 + r.nextInt(3600)).toString());
    }

    private static void contextNode(ObjectNode c, UUID registration, int course, SplittableRandom r) {
        c.put("registration", registration.toString());
        ObjectNode ca = c.putObject("contextActivities");
        activityNode(ca.putArray("parent").addObject(), courseId(course), "Course " + course, "course");
        ca.putArray("grouping").addObject().put("id", "https://programs.example.org/p/" + course % 5);
        ArrayNode category = ca.putArray("category");
        category.addObject().put("id", "https://w3id.org/xapi/cmi5/context/categories/moveon");
        c.put("platform", "Pathwise bench").put("language", r.nextBoolean() ? "en-US" : "fr-FR");
        c.putObject("extensions").put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", "s-" + r.nextInt());
    }
}
