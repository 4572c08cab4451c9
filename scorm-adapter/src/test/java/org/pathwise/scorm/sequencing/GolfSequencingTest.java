package org.pathwise.scorm.sequencing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;
import org.pathwise.scorm.sequencing.Outcome.Kind;

/** Simulated learner sessions on the Golf SCORM 2004 sequencing examples (shared/content/golf-examples). */
class GolfSequencingTest {

    private static final String FORCED = "SequencingForcedSequential_SCORM20043rdEdition";
    private static final String REMEDIATION = "SequencingSimpleRemediation_SCORM20043rdEdition";
    private static final String POST_TEST = "SequencingPostTestRollup_SCORM20043rdEdition";
    private static final String PRE_OR_POST = "SequencingPreOrPostTestRollup_SCORM20043rdEdition";
    private static final String RANDOM = "SequencingRandomTest_SCORM20043rdEdition";
    private static final String FOURTH = "SequencingPostTestRollup4thEd_SCORM20044thEdition";
    private static final List<String> TESTS = List.of("test_1", "test_2", "test_3", "test_4");

    @Test
    void forcedSequentialStartsAtTheFirstScoAndRefusesAChoiceJumpAhead() {
        GolfSession s = GolfSession.of(FORCED);

        assertThat(s.sequencer.start()).isEqualTo(new Outcome(Kind.DELIVER, "playing_item", null));
        Outcome jump = s.choose("handicapping_item");
        assertThat(jump.kind()).isEqualTo(Kind.REFUSED);
        assertThat(jump.reason()).contains("Handicapping").contains("not available");
        assertThat(s.toc("etuqiette_item").disabled()).isTrue();
        assertThat(s.toc("etuqiette_item").selectable()).isFalse();
        assertThat(s.sequencer.requestValid()).containsEntry("previous", false).containsEntry("continue", false);
    }

    @Test
    void forcedSequentialUnlocksTheNextScoOnlyWhenThePreviousIsSatisfied() {
        GolfSession s = GolfSession.of(FORCED);
        s.sequencer.start();

        s.complete(); // completed but not passed: the global playing_satisfied stays unknown
        Outcome blocked = s.next();
        assertThat(blocked.kind()).isEqualTo(Kind.NONE);
        assertThat(blocked.reason()).contains("Etiquette");

        s.choose("playing_item");
        s.pass();
        assertThat(s.toc("etuqiette_item").disabled()).isFalse();
        assertThat(s.sequencer.requestValid()).containsEntry("continue", true);
        assertThat(s.next().activityId()).isEqualTo("etuqiette_item");
        assertThat(s.choose("havingfun_item").kind()).isEqualTo(Kind.REFUSED);
        assertThat(s.toc("playing_item").selectable()).isTrue();
    }

    @Test
    void forcedSequentialCourseIsPassedAfterEveryScoAndEndsAfterTheQuiz() {
        GolfSession s = GolfSession.of(FORCED);
        s.sequencer.start();
        for (String next : List.of("etuqiette_item", "handicapping_item", "havingfun_item", "assessment_item")) {
            s.pass();
            assertThat(s.sequencer.courseStatus().success()).isEqualTo(Success.UNKNOWN);
            assertThat(s.next().activityId()).isEqualTo(next);
        }
        s.pass();
        assertThat(s.next().kind()).isEqualTo(Kind.END);
        Judgement course = s.sequencer.courseStatus();
        assertThat(course.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(course.success()).isEqualTo(Success.PASSED);
    }

    @Test
    void simpleRemediationIsFlowOnlyAndSendsTheLearnerBackToTheContentOfAFailedQuiz() {
        GolfSession s = GolfSession.of(REMEDIATION);
        assertThat(s.sequencer.start().activityId()).isEqualTo("playing_item");
        assertThat(s.choose("test_1").reason()).contains("choice is not allowed");
        assertThat(s.sequencer.toc()).noneMatch(TocEntry::selectable);
        assertThat(s.toc("content_wrapper").hidden()).isTrue();

        for (String next : List.of("etuqiette_item", "handicapping_item", "havingfun_item", "test_1")) {
            s.complete();
            assertThat(s.next().activityId()).isEqualTo(next);
        }
        s.pass(); // playing quiz
        assertThat(s.next().activityId()).isEqualTo("test_2");
        s.fail(new BigDecimal("0.3")); // etiquette quiz
        assertThat(s.next().activityId()).isEqualTo("test_3");
        s.pass();
        assertThat(s.next().activityId()).isEqualTo("test_4");
        s.pass();

        // test_4 exits its parent; the wrapper is not satisfied, so it is retried: passed topics are skipped
        Outcome remediation = s.next();
        assertThat(remediation.activityId()).isEqualTo("etuqiette_item");
        assertThat(s.sequencer.attemptCount("content_wrapper")).isEqualTo(2);
        s.complete();
        assertThat(s.next().activityId()).isEqualTo("test_2");
        s.pass();
        // test_4's own sequencingRules replace the shared skip rule, so it comes again and exits the wrapper
        assertThat(s.next().activityId()).isEqualTo("test_4");
        s.pass();
        Outcome end = s.next();
        assertThat(end.kind()).isEqualTo(Kind.END);
        assertThat(end.reason()).contains("exitAll");
        assertThat(s.sequencer.courseStatus().success()).isEqualTo(Success.PASSED);
    }

    @Test
    void simpleRemediationCompletesTheCourseAfterRemediationBecauseSkippedTestsAreNotRequiredForCompleted() {
        GolfSession s = GolfSession.of(REMEDIATION);
        s.sequencer.start();
        for (int i = 0; i < 4; i++) {
            s.complete();
            s.next();
        }
        s.pass(); // test_1
        s.next();
        s.fail(new BigDecimal("0.3")); // test_2
        s.next();
        s.pass(); // test_3
        s.next();
        s.pass(); // test_4: exits the wrapper, which is retried
        assertThat(s.next().activityId()).isEqualTo("etuqiette_item");
        s.complete();
        assertThat(s.next().activityId()).isEqualTo("test_2");
        s.pass();
        assertThat(s.next().activityId()).isEqualTo("test_4");
        s.pass();
        assertThat(s.next().kind()).isEqualTo(Kind.END);

        // test_1 and test_3 were skipped in the retry (their objectives are satisfied), so their progress in the new
        // attempt (unknown) does not count: requiredForCompleted="ifNotSkipped"
        Judgement course = s.sequencer.courseStatus();
        assertThat(course.success()).isEqualTo(Success.PASSED);
        assertThat(course.completion()).isEqualTo(Completion.COMPLETED);
    }

    @Test
    void simpleRemediationExitsTheCourseWhenEveryQuizPassesFirstTime() {
        GolfSession s = GolfSession.of(REMEDIATION);
        s.sequencer.start();
        for (int i = 0; i < 4; i++) {
            s.complete();
            s.next();
        }
        for (String test : TESTS) {
            assertThat(s.sequencer.current().id()).isEqualTo(test);
            s.pass();
            Outcome o = s.next();
            if (test.equals("test_4")) {
                assertThat(o.kind()).isEqualTo(Kind.END);
                assertThat(o.reason()).contains("exitAll");
            }
        }
        assertThat(s.sequencer.courseStatus().success()).isEqualTo(Success.PASSED);
    }

    @Test
    void postTestRollupMakesTheCourseStatusAndScoreComeFromTheQuizAlone() {
        GolfSession s = GolfSession.of(POST_TEST);
        s.sequencer.start();
        for (int i = 0; i < 4; i++) {
            s.pass();
            s.next();
        }
        assertThat(s.sequencer.current().id()).isEqualTo("assessment_item");
        Judgement beforeQuiz = s.sequencer.courseStatus();
        assertThat(beforeQuiz.success()).isEqualTo(Success.UNKNOWN);
        assertThat(beforeQuiz.completion()).isNotEqualTo(Completion.COMPLETED);

        s.pass(new BigDecimal("0.8"));
        Judgement course = s.sequencer.courseStatus();
        assertThat(course.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(course.success()).isEqualTo(Success.PASSED);
        assertThat(course.score().scaled()).isEqualByComparingTo("0.8");
    }

    @Test
    void postTestRollupFailsTheCourseWhenTheQuizFails() {
        GolfSession s = GolfSession.of(POST_TEST);
        s.sequencer.start();
        for (int i = 0; i < 4; i++) {
            s.pass();
            s.next();
        }
        s.fail(new BigDecimal("0.2"));
        assertThat(s.sequencer.courseStatus().success()).isEqualTo(Success.FAILED);
        assertThat(s.sequencer.courseStatus().score().scaled()).isEqualByComparingTo("0.2");
    }

    @Test
    void preOrPostTestCompletesTheCourseFromAPassedPreTest() {
        GolfSession s = GolfSession.of(PRE_OR_POST);
        assertThat(s.sequencer.start().activityId()).isEqualTo("pretest_item");
        assertThat(s.choose("posttest_item").kind()).isEqualTo(Kind.REFUSED);

        s.pass(new BigDecimal("0.9"));
        Judgement course = s.sequencer.courseStatus();
        assertThat(course.success()).isEqualTo(Success.PASSED);
        assertThat(course.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(s.sequencer.choiceRefusal("posttest_item")).isNotNull();
    }

    @Test
    void preOrPostTestLocksAFailedPreTestAndOpensThePostTestAfterTheContent() {
        GolfSession s = GolfSession.of(PRE_OR_POST);
        s.sequencer.start();
        s.fail(new BigDecimal("0.1"));
        assertThat(s.next().activityId()).isEqualTo("playing_item");
        assertThat(s.toc("pretest_item").disabled()).isTrue();
        assertThat(s.sequencer.choiceRefusal("pretest_item")).contains("Pre Test is not available");
        assertThat(s.sequencer.status("pretest_item").success()).isEqualTo(Success.FAILED);
        assertThat(s.sequencer.choiceRefusal("posttest_item")).contains("not available");

        for (int i = 0; i < 3; i++) {
            s.complete();
            s.next();
        }
        s.complete(); // having fun: now all content is completed
        assertThat(s.sequencer.choiceRefusal("posttest_item")).isNull();
        assertThat(s.next().activityId()).isEqualTo("posttest_item");
        s.pass(new BigDecimal("0.85"));
        assertThat(s.sequencer.courseStatus().success()).isEqualTo(Success.PASSED);
        assertThat(s.sequencer.courseStatus().completion()).isEqualTo(Completion.COMPLETED);
    }

    @Test
    void randomTestRetriesAFailedTestOnceThenEndsTheCourseFailedAndCompleted() {
        GolfSession s = GolfSession.of(RANDOM);
        s.sequencer.start();
        for (int i = 0; i < 3; i++) {
            s.complete();
            s.next();
        }
        s.complete();
        Outcome first = s.next();
        assertThat(first.activityId()).isIn(TESTS);
        assertThat(s.toc(first.activityId()).hidden()).isTrue();
        assertThat(s.sequencer.state().childOrder.get("posttest_item")).containsExactlyInAnyOrderElementsOf(TESTS);

        s.fail(new BigDecimal("0.4"));
        Outcome retry = s.next();
        assertThat(retry.kind()).isEqualTo(Kind.DELIVER);
        assertThat(retry.activityId()).isIn(TESTS);
        assertThat(s.sequencer.attemptCount("posttest_item")).isEqualTo(2);

        s.fail(new BigDecimal("0.5"));
        assertThat(s.next().kind()).isEqualTo(Kind.END);
        Judgement course = s.sequencer.courseStatus();
        assertThat(course.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(course.success()).isEqualTo(Success.FAILED);
        assertThat(course.score().scaled()).isEqualByComparingTo("0.5");
    }

    @Test
    void randomTestDisablesThePostTestUntilTheContentIsDoneAndPassesOnAPassedTest() {
        GolfSession s = GolfSession.of(RANDOM);
        s.sequencer.start();
        assertThat(s.toc("posttest_item").disabled()).isTrue();
        for (int i = 0; i < 4; i++) {
            s.complete();
            s.next();
        }
        s.pass(new BigDecimal("0.95"));
        assertThat(s.next().kind()).isEqualTo(Kind.END);
        assertThat(s.sequencer.courseStatus().success()).isEqualTo(Success.PASSED);
        assertThat(s.sequencer.courseStatus().completion()).isEqualTo(Completion.COMPLETED);
    }

    @Test
    void randomTestShufflesTheTestsPerAttempt() {
        Set<String> firstTests = new HashSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            GolfSession s = new GolfSession(RANDOM, seed);
            s.sequencer.start();
            for (int i = 0; i < 4; i++) {
                s.complete();
                s.next();
            }
            firstTests.add(s.sequencer.current().id());
        }
        assertThat(firstTests).hasSizeGreaterThan(1);
    }

    @Test
    void stateSurvivesAJsonRoundTripBetweenRequests() throws Exception {
        GolfSession s = GolfSession.of(FORCED);
        s.sequencer.start();
        s.pass();
        ObjectMapper json = new ObjectMapper();
        SequencingState restored = json.readValue(json.writeValueAsString(s.sequencer.state()), SequencingState.class);

        GolfSession later = new GolfSession(FORCED, restored, 1);
        assertThat(later.sequencer.current().id()).isEqualTo("playing_item");
        assertThat(later.next().activityId()).isEqualTo("etuqiette_item");
    }

    @Test
    void suspendAllKeepsTheCurrentActivityForTheNextLaunch() {
        GolfSession s = GolfSession.of(FORCED);
        s.sequencer.start();
        assertThat(s.sequencer.navigate(NavRequest.parse("suspendAll")).kind()).isEqualTo(Kind.SUSPENDED);
        assertThat(s.sequencer.start()).isEqualTo(new Outcome(Kind.DELIVER, "playing_item", null));
        assertThat(s.sequencer.attemptCount("playing_item")).isEqualTo(1);
    }

    @Test
    void exitAllEndsTheCourse() {
        GolfSession s = GolfSession.of(POST_TEST);
        s.sequencer.start();
        assertThat(s.sequencer.navigate(NavRequest.parse("exitAll")).kind()).isEqualTo(Kind.END);
        assertThat(s.next().kind()).isEqualTo(Kind.REFUSED);
    }

    @Test
    void jumpGoesToTheTestHiddenFromChoiceButNotToADisabledSco() {
        GolfSession s = GolfSession.of(FOURTH);
        assertThat(s.sequencer.start().activityId()).isEqualTo("playing_item");
        assertThat(s.choose("assessment_item").reason()).contains("hidden");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Boolean> jump =
                (java.util.Map<String, Boolean>) s.sequencer.requestValid().get("jump");
        assertThat(jump).containsEntry("assessment_item", true).containsEntry("etuqiette_item", false);

        Outcome refused = s.sequencer.navigate(NavRequest.parse("{target=etuqiette_item}jump"));
        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.reason()).contains("not available yet");
        assertThat(s.sequencer
                        .navigate(NavRequest.parse("{target=nowhere}jump"))
                        .reason())
                .contains("no activity nowhere");

        Outcome jumped = s.sequencer.navigate(NavRequest.parse("{target=assessment_item}jump"));
        assertThat(jumped).isEqualTo(new Outcome(Kind.DELIVER, "assessment_item", null));
        assertThat(s.sequencer.attemptCount("playing_item")).isEqualTo(1);
        s.pass();
        assertThat(s.sequencer.courseStatus().success())
                .as("the course's success comes from the post test alone")
                .isEqualTo(Success.PASSED);
    }

    @Test
    void parsesNavRequestValues() {
        assertThat(NavRequest.parse("{target=test_2}jump")).isEqualTo(NavRequest.jump("test_2"));
        assertThat(NavRequest.parse("{target=test_2}choice")).isEqualTo(NavRequest.choice("test_2"));
        assertThat(NavRequest.parse("previous").type()).isEqualTo(NavRequest.Type.PREVIOUS);
        assertThat(NavRequest.parse("_none_").type()).isEqualTo(NavRequest.Type.NONE);
    }
}
