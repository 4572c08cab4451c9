package org.pathwise.lrs.cmi5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuStatementRulesTest {

    public static final String AU = "https://tool.example/activities/cmi5/p1/au/0";
    public static final String PUBLISHER = "https://publisher.example/course/au1";
    static final String REGISTRATION = "8b4b6f4e-5c3b-4b0e-9d7a-0b9a8e3c1f20";
    static final SessionTerms TERMS = new SessionTerms(
            "s-1",
            REGISTRATION,
            AU,
            PUBLISHER,
            "account::https://tool.example::learner-1",
            new BigDecimal("0.8"),
            "Normal");

    /** A cmi5 defined statement built from the session's contextTemplate. */
    public static ObjectNode defined(String verb) {
        ObjectNode s = allowed(verb, AU);
        s.with("context")
                .with("contextActivities")
                .putArray("category")
                .addObject()
                .put("id", Cmi5Terms.CATEGORY_CMI5);
        if (Cmi5Terms.NEED_DURATION.contains(verb)) {
            s.with("result").put("duration", "PT10S");
        }
        if (verb.equals(Cmi5Terms.PASSED) || verb.equals(Cmi5Terms.FAILED) || verb.equals(Cmi5Terms.COMPLETED)) {
            s.with("result")
                    .put(verb.equals(Cmi5Terms.COMPLETED) ? "completion" : "success", !verb.equals(Cmi5Terms.FAILED));
            ((com.fasterxml.jackson.databind.node.ArrayNode)
                            s.with("context").with("contextActivities").get("category"))
                    .addObject()
                    .put("id", Cmi5Terms.CATEGORY_MOVEON);
        }
        return s;
    }

    static ObjectNode allowed(String verb, String object) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.putObject("actor")
                .put("objectType", "Agent")
                .putObject("account")
                .put("homePage", "https://tool.example")
                .put("name", "learner-1");
        s.putObject("verb").put("id", verb);
        s.putObject("object").put("id", object);
        ObjectNode context = s.putObject("context");
        context.put("registration", REGISTRATION);
        context.putObject("extensions").put(Cmi5Terms.SESSION_ID, "s-1");
        context.putObject("contextActivities").putArray("grouping").addObject().put("id", PUBLISHER);
        return s;
    }

    static SessionProgress apply(RegistrationHistory history, ObjectNode... statements) {
        return AuStatementRules.apply(TERMS, history, SessionProgress.NONE, List.of(statements));
    }

    static String violatedRule(RegistrationHistory history, ObjectNode... statements) {
        try {
            apply(history, statements);
        } catch (Cmi5Violation v) {
            return v.rule();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void acceptsAWholeSessionAndRecordsItsDefinedVerbs() {
        ObjectNode passed = defined(Cmi5Terms.PASSED);
        passed.with("result").putObject("score").put("scaled", 0.9);
        SessionProgress p = apply(
                RegistrationHistory.NONE,
                defined(Cmi5Terms.INITIALIZED),
                allowed("http://adlnet.gov/expapi/verbs/experienced", AU + "/slide/1"),
                passed,
                defined(Cmi5Terms.COMPLETED),
                defined(Cmi5Terms.TERMINATED));
        assertThat(p.definedVerbs()).containsExactlyInAnyOrder("initialized", "passed", "completed", "terminated");
        assertThat(p.scoreScaled()).isEqualByComparingTo("0.9");
    }

    @Test
    void rejectsAnythingBeforeInitialized() {
        assertThat(violatedRule(RegistrationHistory.NONE, allowed("http://adlnet.gov/expapi/verbs/experienced", AU)))
                .isEqualTo("9.3.2");
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.COMPLETED)))
                .isEqualTo("9.3.2");
    }

    @Test
    void rejectsStatementsAfterTerminated() {
        assertThat(violatedRule(
                        RegistrationHistory.NONE,
                        defined(Cmi5Terms.INITIALIZED),
                        defined(Cmi5Terms.TERMINATED),
                        allowed("http://adlnet.gov/expapi/verbs/experienced", AU)))
                .isEqualTo("9.3.8");
    }

    @Test
    void rejectsARepeatedDefinedVerbInASession() {
        assertThat(violatedRule(
                        RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), defined(Cmi5Terms.INITIALIZED)))
                .isEqualTo("9.3");
    }

    @Test
    void rejectsPassedAndFailedInOneSession() {
        ObjectNode failed = defined(Cmi5Terms.FAILED);
        assertThat(violatedRule(
                        RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), defined(Cmi5Terms.PASSED), failed))
                .isEqualTo("9.3");
    }

    @Test
    void rejectsASecondPassedOrCompletedAndFailedAfterPassedInTheRegistration() {
        RegistrationHistory earlier = new RegistrationHistory(true, true);
        assertThat(violatedRule(earlier, defined(Cmi5Terms.INITIALIZED), defined(Cmi5Terms.PASSED)))
                .isEqualTo("9.3.4");
        assertThat(violatedRule(earlier, defined(Cmi5Terms.INITIALIZED), defined(Cmi5Terms.COMPLETED)))
                .isEqualTo("9.3.3");
        assertThat(violatedRule(earlier, defined(Cmi5Terms.INITIALIZED), defined(Cmi5Terms.FAILED)))
                .isEqualTo("9.3");
    }

    @Test
    void judgesTheScoreAgainstTheMasteryScore() {
        ObjectNode lowPass = defined(Cmi5Terms.PASSED);
        lowPass.with("result").putObject("score").put("scaled", 0.5);
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), lowPass))
                .isEqualTo("9.3.4");
        ObjectNode highFail = defined(Cmi5Terms.FAILED);
        highFail.with("result").putObject("score").put("scaled", 0.8);
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), highFail))
                .isEqualTo("9.3.5");
    }

    @Test
    void requiresTheDurationOnCompletedPassedFailedAndTerminated() {
        ObjectNode terminated = defined(Cmi5Terms.TERMINATED);
        terminated.remove("result");
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), terminated))
                .isEqualTo("9.5.4.1");
    }

    @Test
    void requiresTheResultFlagsAndTheMoveOnCategory() {
        ObjectNode completed = defined(Cmi5Terms.COMPLETED);
        ((ObjectNode) completed.get("result")).remove("completion");
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), completed))
                .isEqualTo("9.5.3");
        ObjectNode noMoveOn = defined(Cmi5Terms.PASSED);
        ((com.fasterxml.jackson.databind.node.ArrayNode)
                        noMoveOn.path("context").path("contextActivities").path("category"))
                .remove(1);
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), noMoveOn))
                .isEqualTo("9.6.2.2");
        ObjectNode scoredTerminated = defined(Cmi5Terms.TERMINATED);
        scoredTerminated.with("result").putObject("score").put("scaled", 1);
        assertThat(violatedRule(RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), scoredTerminated))
                .isEqualTo("9.5.1");
    }

    @Test
    void requiresTheContextTemplateActorAndTheAuObject() {
        ObjectNode otherSession = defined(Cmi5Terms.INITIALIZED);
        otherSession.with("context").with("extensions").put(Cmi5Terms.SESSION_ID, "s-2");
        assertThat(violatedRule(RegistrationHistory.NONE, otherSession)).isEqualTo("9.6.3.1");
        ObjectNode noGrouping = defined(Cmi5Terms.INITIALIZED);
        noGrouping.with("context").with("contextActivities").remove("grouping");
        assertThat(violatedRule(RegistrationHistory.NONE, noGrouping)).isEqualTo("9.6.2.3");
        ObjectNode otherRegistration = defined(Cmi5Terms.INITIALIZED);
        otherRegistration.with("context").put("registration", "00000000-0000-4000-8000-000000000000");
        assertThat(violatedRule(RegistrationHistory.NONE, otherRegistration)).isEqualTo("9.6.1");
        ObjectNode otherActor = defined(Cmi5Terms.INITIALIZED);
        otherActor.with("actor").with("account").put("name", "someone-else");
        assertThat(violatedRule(RegistrationHistory.NONE, otherActor)).isEqualTo("9.2");
        ObjectNode publisherObject = defined(Cmi5Terms.INITIALIZED);
        publisherObject.with("object").put("id", PUBLISHER);
        assertThat(violatedRule(RegistrationHistory.NONE, publisherObject)).isEqualTo("9.4");
    }

    @Test
    void rejectsLmsVerbsAndVoidingFromTheAu() {
        assertThat(violatedRule(
                        RegistrationHistory.NONE,
                        defined(Cmi5Terms.INITIALIZED),
                        defined("https://w3id.org/xapi/adl/verbs/satisfied")))
                .isEqualTo("9.3");
        assertThat(violatedRule(
                        RegistrationHistory.NONE, defined(Cmi5Terms.INITIALIZED), allowed(Cmi5Terms.VOIDED, AU)))
                .isEqualTo("6.3");
    }

    @Test
    void allowsOnlyInitializedAndTerminatedInBrowseMode() {
        SessionTerms browse =
                new SessionTerms(TERMS.sessionId(), REGISTRATION, AU, PUBLISHER, TERMS.actorKey(), null, "Browse");
        assertThatThrownBy(() -> AuStatementRules.apply(
                        browse,
                        RegistrationHistory.NONE,
                        SessionProgress.NONE,
                        List.of(defined(Cmi5Terms.INITIALIZED), defined(Cmi5Terms.COMPLETED))))
                .isInstanceOf(Cmi5Violation.class)
                .hasMessageContaining("10.2.2");
    }
}
