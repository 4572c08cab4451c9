package org.pathwise.scorm.sequencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;
import org.pathwise.scorm.sequencing.Outcome.Kind;

/** Sequencing behaviours the Golf examples do not exercise, on small hand-written manifests. */
class SequencerRulesTest {

    private static Sequencer sequencer(String organizationBody) {
        String xml =
                """
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
                  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>Course</title>
                  %s
                  </organization></organizations>
                  <resources>
                    <resource identifier="r" type="webcontent" adlcp:scormType="sco" href="sco.html"/>
                  </resources>
                </manifest>
                """
                        .formatted(organizationBody);
        ActivityTree tree = ActivityTree.of(
                ManifestParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null));
        return new Sequencer(tree, new SequencingState(), new Random(7));
    }

    private static String sco(String id) {
        return sco(id, "");
    }

    private static String sco(String id, String sequencing) {
        return "<item identifier=\"" + id + "\" identifierref=\"r\"><title>" + id + "</title>" + sequencing + "</item>";
    }

    private static void report(Sequencer s, Success success, String scaled) {
        s.report(
                s.current().id(),
                new ScoReport(Completion.COMPLETED, success, scaled == null ? null : new BigDecimal(scaled)));
    }

    @Test
    void forwardOnlyRefusesPreviousAndAChoiceBackwards() {
        Sequencer s = sequencer(sco("a") + sco("b") + sco("c")
                + "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\" forwardOnly=\"true\"/>"
                + "</imsss:sequencing>");
        s.start();
        assertThat(s.navigate(NavRequest.of(NavRequest.Type.CONTINUE)).activityId())
                .isEqualTo("b");
        assertThat(s.previousValid()).isFalse();
        assertThat(s.navigate(NavRequest.of(NavRequest.Type.PREVIOUS)).reason()).contains("forward only");
        assertThat(s.navigate(NavRequest.choice("a")).reason()).contains("forward only");
        assertThat(s.navigate(NavRequest.choice("c")).activityId()).isEqualTo("c");
    }

    @Test
    void choiceExitFalseKeepsTheLearnerInsideTheCluster() {
        Sequencer s = sequencer("<item identifier=\"unit\"><title>Unit</title>" + sco("a") + sco("b")
                + "<imsss:sequencing><imsss:controlMode choiceExit=\"false\" flow=\"true\"/></imsss:sequencing></item>"
                + sco("outside")
                + "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\"/></imsss:sequencing>");
        assertThat(s.start().activityId()).isEqualTo("a");
        assertThat(s.choiceRefusal("outside")).contains("cannot leave Unit");
        assertThat(s.navigate(NavRequest.choice("b")).activityId()).isEqualTo("b");
    }

    @Test
    void atLeastCountRuleSatisfiesTheClusterAndMeasureIsWeighted() {
        String rule = "<imsss:rollupRules><imsss:rollupRule childActivitySet=\"atLeastCount\" minimumCount=\"2\">"
                + "<imsss:rollupConditions><imsss:rollupCondition condition=\"satisfied\"/></imsss:rollupConditions>"
                + "<imsss:rollupAction action=\"satisfied\"/></imsss:rollupRule></imsss:rollupRules>";
        Sequencer s = sequencer(sco("a")
                + sco("b", "<imsss:sequencing><imsss:rollupRules objectiveMeasureWeight=\"3\"/></imsss:sequencing>")
                + sco("c", "<imsss:sequencing><imsss:rollupRules objectiveMeasureWeight=\"0\"/></imsss:sequencing>")
                + "<imsss:sequencing><imsss:controlMode flow=\"true\"/>" + rule + "</imsss:sequencing>");
        s.start();
        report(s, Success.PASSED, "1");
        assertThat(s.courseStatus().success()).isEqualTo(Success.UNKNOWN);
        s.navigate(NavRequest.of(NavRequest.Type.CONTINUE));
        report(s, Success.PASSED, "0.6");
        assertThat(s.courseStatus().success()).isEqualTo(Success.PASSED);
        // (1*1 + 0.6*3) / (1+3); c has weight 0 and does not count
        assertThat(s.courseStatus().score().scaled()).isEqualByComparingTo("0.7");
    }

    @Test
    void atLeastPercentRuleFailsTheCourseWhenHalfTheChildrenFail() {
        String rule = "<imsss:rollupRules><imsss:rollupRule childActivitySet=\"atLeastPercent\" minimumPercent=\"0.5\">"
                + "<imsss:rollupConditions><imsss:rollupCondition operator=\"not\" condition=\"satisfied\"/>"
                + "</imsss:rollupConditions><imsss:rollupAction action=\"notSatisfied\"/></imsss:rollupRule>"
                + "</imsss:rollupRules>";
        Sequencer s = sequencer(sco("a") + sco("b") + "<imsss:sequencing><imsss:controlMode flow=\"true\"/>" + rule
                + "</imsss:sequencing>");
        s.start();
        report(s, Success.FAILED, null);
        assertThat(s.courseStatus().success()).isEqualTo(Success.FAILED);
    }

    @Test
    void untrackedScoDoesNotCountAndLmsCompletesItWhenContentDoesNotSetStatus() {
        Sequencer s = sequencer(
                sco("intro", "<imsss:sequencing><imsss:deliveryControls tracked=\"false\"/>" + "</imsss:sequencing>")
                        + sco("lesson")
                        + "<imsss:sequencing><imsss:controlMode flow=\"true\"/></imsss:sequencing>");
        s.start();
        s.navigate(NavRequest.of(NavRequest.Type.CONTINUE));
        // lesson terminates without reporting anything: completionSetByContent/objectiveSetByContent are false
        assertThat(s.navigate(NavRequest.of(NavRequest.Type.CONTINUE)).kind()).isEqualTo(Kind.END);
        assertThat(s.courseStatus().completion()).isEqualTo(Completion.COMPLETED);
        assertThat(s.courseStatus().success()).isEqualTo(Success.PASSED);
    }

    @Test
    void selectCountDeliversOnlyTheSelectedChildren() {
        Sequencer s = sequencer("<item identifier=\"pool\"><title>Pool</title>" + sco("q1") + sco("q2") + sco("q3")
                + sco("q4")
                + "<imsss:sequencing><imsss:controlMode flow=\"true\"/><imsss:randomizationControls"
                + " selectCount=\"2\" selectionTiming=\"onEachNewAttempt\"/></imsss:sequencing></item>"
                + "<imsss:sequencing><imsss:controlMode flow=\"true\"/></imsss:sequencing>");
        s.start();
        assertThat(s.state().childOrder.get("pool"))
                .hasSize(2)
                .contains(s.current().id());
        s.navigate(NavRequest.of(NavRequest.Type.CONTINUE));
        assertThat(s.navigate(NavRequest.of(NavRequest.Type.CONTINUE)).kind()).isEqualTo(Kind.END);
    }

    @Test
    void childRequiredOnlyIfAttemptedDoesNotHoldTheCourseBackUntilItIsAttempted() {
        String optional = "<imsss:sequencing><adlseq:rollupConsiderations requiredForSatisfied=\"ifAttempted\""
                + " requiredForCompleted=\"ifAttempted\"/></imsss:sequencing>";
        Sequencer s = sequencer(sco("a") + sco("extra", optional)
                + "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\"/></imsss:sequencing>");
        s.start();
        report(s, Success.PASSED, null);
        assertThat(s.courseStatus().completion())
                .as("extra was never attempted: only a counts")
                .isEqualTo(Completion.COMPLETED);
        assertThat(s.courseStatus().success()).isEqualTo(Success.PASSED);

        assertThat(s.navigate(NavRequest.choice("extra")).activityId()).isEqualTo("extra");
        s.report("extra", new ScoReport(Completion.INCOMPLETE, Success.FAILED, null));
        assertThat(s.courseStatus().completion())
                .as("once attempted, extra counts")
                .isEqualTo(Completion.INCOMPLETE);
        assertThat(s.courseStatus().success()).isEqualTo(Success.FAILED);
    }

    @Test
    void withoutRollupConsiderationsAnUnattemptedChildKeepsTheCourseOpen() {
        Sequencer s = sequencer(sco("a") + sco("extra")
                + "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\"/></imsss:sequencing>");
        s.start();
        report(s, Success.PASSED, null);
        assertThat(s.courseStatus().completion()).isNotEqualTo(Completion.COMPLETED);
        assertThat(s.courseStatus().success()).isNotEqualTo(Success.PASSED);
    }

    @Test
    void activeClusterIsNotJudgedByItsMeasureWhenMeasureSatisfactionIfActiveIsFalse() {
        String weighted = "<imsss:sequencing><imsss:rollupRules objectiveMeasureWeight=\"1\"/></imsss:sequencing>";
        String byMeasure = "<imsss:sequencing><imsss:objectives><imsss:primaryObjective satisfiedByMeasure=\"true\">"
                + "<imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure></imsss:primaryObjective>"
                + "</imsss:objectives><adlseq:rollupConsiderations measureSatisfactionIfActive=\"false\"/>"
                + "<imsss:controlMode flow=\"true\"/></imsss:sequencing>";
        Sequencer s =
                sequencer("<item identifier=\"unit\"><title>Unit</title>" + sco("a", weighted) + sco("b", weighted)
                        + byMeasure + "</item>"
                        + "<imsss:sequencing><imsss:controlMode flow=\"true\"/></imsss:sequencing>");
        s.start();
        report(s, Success.PASSED, "0.9");
        assertThat(s.state().tracking("unit").objectives.get("#primary").satisfied)
                .as("Unit is still active: its measure 0.9 does not satisfy it yet")
                .isNull();
    }
}
