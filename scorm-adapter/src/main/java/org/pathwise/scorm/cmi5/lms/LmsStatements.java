package org.pathwise.scorm.cmi5.lms;

import static org.pathwise.scorm.cmi5.lms.Cmi5Vocabulary.CATEGORY_CMI5;
import static org.pathwise.scorm.cmi5.lms.Cmi5Vocabulary.CATEGORY_MOVEON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The statements the LMS issues (cmi5 §9.3): each with the launch actor, the cmi5 category, the registration, the
 * session id extension and the publisher id in grouping (§9.6).
 */
public final class LmsStatements {

    private LmsStatements() {}

    /** {@code launched}, recorded before the AU starts (§9.3.1), with the launch extensions (§9.6.3.2–7). */
    public static ObjectNode launched(Cmi5Launch launch, String auUrl, Instant at) {
        ObjectNode s = base(
                launch,
                Cmi5Vocabulary.LAUNCHED,
                "launched",
                launch.activityId(),
                launch.au().id(),
                launch.sessionId(),
                at);
        ObjectNode extensions = s.withObject("/context/extensions");
        extensions.put(Cmi5Vocabulary.LAUNCH_MODE, launch.launchMode());
        extensions.put(Cmi5Vocabulary.LAUNCH_URL, LaunchUrl.withoutFragment(auUrl));
        extensions.put(Cmi5Vocabulary.MOVE_ON, launch.au().moveOn().xmlValue());
        if (launch.au().masteryScore() != null) {
            extensions.put(Cmi5Vocabulary.MASTERY_SCORE, launch.au().masteryScore());
        }
        if (launch.au().launchParameters() != null) {
            extensions.put(Cmi5Vocabulary.LAUNCH_PARAMETERS, launch.au().launchParameters());
        }
        return s;
    }

    /** {@code abandoned} for a session that ended without terminated (§9.3.6), with its duration (§9.5.4.2). */
    public static ObjectNode abandoned(Cmi5Launch session, Duration duration, Instant at) {
        ObjectNode s = base(
                session,
                Cmi5Vocabulary.ABANDONED,
                "abandoned",
                session.activityId(),
                session.au().id(),
                session.sessionId(),
                at);
        s.putObject("result").put("duration", duration.isNegative() ? "PT0S" : duration.toString());
        return s;
    }

    /** {@code waived} for an AU, in a session of its own (§9.3.7), with the reason (§9.5.5.2). */
    public static ObjectNode waived(Cmi5Launch session, String reason, Instant at) {
        ObjectNode s = base(
                session,
                Cmi5Vocabulary.WAIVED,
                "waived",
                session.activityId(),
                session.au().id(),
                session.sessionId(),
                at);
        s.putObject("result")
                .put("success", true)
                .put("completion", true)
                .putObject("extensions")
                .put(Cmi5Vocabulary.REASON, reason);
        ((ArrayNode) s.withObject("/context/contextActivities").get("category"))
                .addObject()
                .put("id", CATEGORY_MOVEON);
        return s;
    }

    /**
     * {@code satisfied} for a block or the course (§9.3.9): the object is the LMS-made id with the cmi5 block or
     * course activity type; the publisher id is in grouping.
     *
     * @param objectId {@link CourseIds#block} or {@link CourseIds#course}
     * @param course true for the course, false for a block
     * @param sessionId the launch session that caused it, or a new id outside a launch
     */
    public static ObjectNode satisfied(
            Cmi5Launch learner,
            String objectId,
            String publisherId,
            boolean course,
            String title,
            String sessionId,
            Instant at) {
        ObjectNode s = base(learner, Cmi5Vocabulary.SATISFIED, "satisfied", objectId, publisherId, sessionId, at);
        ObjectNode definition = s.withObject("/object").putObject("definition");
        definition.put("type", course ? Cmi5Vocabulary.TYPE_COURSE : Cmi5Vocabulary.TYPE_BLOCK);
        if (title != null && !title.isBlank()) {
            definition.putObject("name").put("und", title);
        }
        return s;
    }

    private static ObjectNode base(
            Cmi5Launch launch,
            String verb,
            String display,
            String objectId,
            String publisherId,
            String sessionId,
            Instant at) {
        ObjectNode s = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", launch.actor());
        s.putObject("verb").put("id", verb).putObject("display").put("en-US", display);
        s.putObject("object").put("objectType", "Activity").put("id", objectId);
        s.put("timestamp", at.toString());
        ObjectNode context = LaunchData.contextTemplate(publisherId, sessionId);
        context.put("registration", launch.registration());
        context.withObject("/contextActivities")
                .putArray("category")
                .addObject()
                .put("id", CATEGORY_CMI5);
        s.set("context", context);
        return s;
    }
}
