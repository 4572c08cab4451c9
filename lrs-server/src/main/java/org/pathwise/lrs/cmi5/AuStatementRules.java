package org.pathwise.lrs.cmi5;

import static org.pathwise.lrs.cmi5.Cmi5Terms.COMPLETED;
import static org.pathwise.lrs.cmi5.Cmi5Terms.FAILED;
import static org.pathwise.lrs.cmi5.Cmi5Terms.INITIALIZED;
import static org.pathwise.lrs.cmi5.Cmi5Terms.PASSED;
import static org.pathwise.lrs.cmi5.Cmi5Terms.TERMINATED;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * The cmi5 rules for statements an AU stores with its session credential (cmi5 §7.1, §9), checked in request order
 * against what the session and the registration already hold. Pure: no HTTP, no storage.
 *
 * <p>Every statement must use the launch actor, registration, session id and publisher-id grouping (the
 * contextTemplate). "cmi5 defined" statements (with the cmi5 category) follow the verb, ordering and result rules;
 * "cmi5 allowed" statements (without it) only have to fall between initialized and terminated.
 */
public final class AuStatementRules {

    private AuStatementRules() {}

    /** The session's progress after the statements, or a {@link Cmi5Violation} naming the first rule broken. */
    public static SessionProgress apply(
            SessionTerms terms,
            RegistrationHistory history,
            SessionProgress progress,
            List<? extends JsonNode> statements) {
        SessionProgress now = progress;
        for (int i = 0; i < statements.size(); i++) {
            try {
                now = one(terms, history, now, statements.get(i));
            } catch (Cmi5Violation v) {
                String where = statements.size() > 1 ? " (statement " + i + " of the batch)" : "";
                throw new Cmi5Violation(
                        v.rule(), v.getMessage().substring(v.getMessage().indexOf(": ") + 2) + where);
            }
        }
        return now;
    }

    private static SessionProgress one(
            SessionTerms terms, RegistrationHistory history, SessionProgress progress, JsonNode s) {
        String verb = s.path("verb").path("id").asText();
        if (progress.has(TERMINATED)) {
            throw new Cmi5Violation(
                    "9.3.8",
                    "session " + terms.sessionId() + " is terminated; terminated must be"
                            + " the last statement of a session and nothing is accepted after it");
        }
        if (Cmi5Terms.VOIDED.equals(verb)) {
            throw new Cmi5Violation("6.3", "an AU session credential may not void statements");
        }
        contextTemplate(terms, s);
        boolean defined = hasCategory(s, Cmi5Terms.CATEGORY_CMI5);
        if (!progress.has(INITIALIZED) && !(defined && INITIALIZED.equals(verb))) {
            throw new Cmi5Violation(
                    "9.3.2",
                    "the first statement of a session must be the cmi5 defined" + " initialized statement (verb "
                            + INITIALIZED + " with the cmi5 category); got " + verb);
        }
        if (!defined) {
            return progress;
        }
        definedVerb(terms, history, progress, s, verb);
        result(terms, s, verb);
        return progress.with(verb, scaled(s));
    }

    private static void contextTemplate(SessionTerms terms, JsonNode s) {
        String actorKey = Ifi.of(s.path("actor")).map(Ifi::key).orElse("");
        if (!actorKey.equals(terms.actorKey())
                || !"Agent".equals(s.path("actor").path("objectType").asText("Agent"))) {
            throw new Cmi5Violation("9.2", "actor must be the Agent given at launch (" + terms.actorKey() + ")");
        }
        JsonNode context = s.path("context");
        if (!terms.registration().equalsIgnoreCase(context.path("registration").asText())) {
            throw new Cmi5Violation(
                    "9.6.1", "context.registration must be the launch registration " + terms.registration());
        }
        if (!terms.sessionId()
                .equals(context.path("extensions").path(Cmi5Terms.SESSION_ID).asText())) {
            throw new Cmi5Violation(
                    "9.6.3.1",
                    "context.extensions[" + Cmi5Terms.SESSION_ID + "] must be the session id " + terms.sessionId()
                            + " from LMS.LaunchData");
        }
        if (!contains(context.path("contextActivities").path("grouping"), terms.publisherId())) {
            throw new Cmi5Violation(
                    "9.6.2.3",
                    "context.contextActivities.grouping must hold the publisher id " + terms.publisherId()
                            + " from the contextTemplate");
        }
    }

    private static void definedVerb(
            SessionTerms terms, RegistrationHistory history, SessionProgress progress, JsonNode s, String verb) {
        if (!Cmi5Terms.AU_VERBS.contains(verb)) {
            throw new Cmi5Violation(
                    "9.3",
                    "verb " + verb + " is not an AU verb of cmi5; statements with the cmi5"
                            + " category use initialized, completed, passed, failed or terminated");
        }
        if (!terms.activityId().equals(s.path("object").path("id").asText())) {
            throw new Cmi5Violation(
                    "9.4",
                    "the object of a cmi5 defined statement must be the AU, id " + terms.activityId()
                            + " (the launch activityId)");
        }
        if (progress.has(verb)) {
            throw new Cmi5Violation(
                    "9.3",
                    "verb " + Cmi5Terms.shortName(verb) + " was already used in session " + terms.sessionId()
                            + "; cmi5 defined verbs are not repeated within a session");
        }
        if (!"Normal".equals(terms.launchMode()) && !INITIALIZED.equals(verb) && !TERMINATED.equals(verb)) {
            throw new Cmi5Violation(
                    "10.2.2", "in " + terms.launchMode() + " launch mode an AU sends only initialized and terminated");
        }
        if ((PASSED.equals(verb) && progress.has(FAILED)) || (FAILED.equals(verb) && progress.has(PASSED))) {
            throw new Cmi5Violation("9.3", "a session holds at most one of passed and failed");
        }
        if (PASSED.equals(verb) && history.passed()) {
            throw new Cmi5Violation(
                    "9.3.4",
                    "passed was already recorded for this AU in registration " + terms.registration()
                            + "; at most one passed per registration");
        }
        if (FAILED.equals(verb) && history.passed()) {
            throw new Cmi5Violation("9.3", "failed must not follow passed within a registration");
        }
        if (COMPLETED.equals(verb) && history.completed()) {
            throw new Cmi5Violation(
                    "9.3.3",
                    "completed was already recorded for this AU in registration " + terms.registration()
                            + "; at most one completed per registration");
        }
    }

    private static void result(SessionTerms terms, JsonNode s, String verb) {
        JsonNode result = s.path("result");
        String name = Cmi5Terms.shortName(verb);
        if (Cmi5Terms.NEED_DURATION.contains(verb) && !result.hasNonNull("duration")) {
            throw new Cmi5Violation("9.5.4.1", "a " + name + " statement must carry result.duration");
        }
        boolean judged = PASSED.equals(verb) || FAILED.equals(verb);
        if (result.has("score") && !judged) {
            throw new Cmi5Violation("9.5.1", "only passed and failed statements may carry result.score");
        }
        BigDecimal scaled = scaled(s);
        if (scaled != null && terms.masteryScore() != null) {
            if (PASSED.equals(verb) && scaled.compareTo(terms.masteryScore()) < 0) {
                throw new Cmi5Violation(
                        "9.3.4",
                        "passed with score.scaled " + scaled.toPlainString() + " below the masteryScore "
                                + terms.masteryScore().toPlainString());
            }
            if (FAILED.equals(verb) && scaled.compareTo(terms.masteryScore()) >= 0) {
                throw new Cmi5Violation(
                        "9.3.5",
                        "failed with score.scaled " + scaled.toPlainString() + " at or above the masteryScore "
                                + terms.masteryScore().toPlainString());
            }
        }
        expectFlag(
                result,
                "success",
                PASSED.equals(verb) ? Boolean.TRUE : FAILED.equals(verb) ? Boolean.FALSE : null,
                "9.5.2",
                name);
        expectFlag(result, "completion", COMPLETED.equals(verb) ? Boolean.TRUE : null, "9.5.3", name);
        boolean moveOn = result.has("success") || result.has("completion");
        if (moveOn != hasCategory(s, Cmi5Terms.CATEGORY_MOVEON)) {
            throw new Cmi5Violation(
                    "9.6.2.2",
                    moveOn
                            ? "a cmi5 defined statement with result.success or result.completion must carry the moveon"
                                    + " category " + Cmi5Terms.CATEGORY_MOVEON
                            : "only statements with result.success or result.completion carry the moveon category");
        }
    }

    private static void expectFlag(JsonNode result, String field, Boolean expected, String rule, String verb) {
        if (expected == null && result.has(field)) {
            throw new Cmi5Violation(rule, "a " + verb + " statement must not carry result." + field);
        }
        if (expected != null
                && (!result.path(field).isBoolean() || result.get(field).asBoolean() != expected)) {
            throw new Cmi5Violation(rule, "a " + verb + " statement must carry result." + field + " = " + expected);
        }
    }

    private static BigDecimal scaled(JsonNode s) {
        JsonNode scaled = s.path("result").path("score").path("scaled");
        return scaled.isNumber() ? scaled.decimalValue() : null;
    }

    static boolean hasCategory(JsonNode s, String id) {
        return contains(s.path("context").path("contextActivities").path("category"), id);
    }

    private static boolean contains(JsonNode activities, String id) {
        if (activities.isObject()) {
            return id.equals(activities.path("id").asText());
        }
        for (JsonNode a : activities) {
            if (id.equals(a.path("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
