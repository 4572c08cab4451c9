package org.pathwise.pathways.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.MoveOn;
import org.pathwise.learning.sequencing.Decision;
import org.pathwise.learning.sequencing.ReasonCode;
import org.pathwise.learning.sequencing.Sequencer;
import org.pathwise.learning.sequencing.SequencerSettings;
import org.pathwise.pathways.content.CourseContent.CompetencyEntry;
import org.pathwise.pathways.content.CourseContent.Framework;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.record.LearnerHistory;
import org.pathwise.pathways.record.ParameterStore;

/** A cmi5 AU's moveOn and masteryScore from its course structure are rules the sequencer respects. */
class Cmi5PackageRulesTest {

    static final CourseKey COURSE = new CourseKey(1, "course");
    static final String PRE = "https://example.org/course/block1/pre";
    static final String CONTENT = "https://example.org/course/block1/content";
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, LibraryUnit> LIBRARY = new LinkedHashMap<>();

    static {
        LIBRARY.put("pre", new LibraryUnit("pre", "c", "Course", "Pre-test", PRE, 0, false, "Passed", 0.6));
        LIBRARY.put(
                "content",
                new LibraryUnit("content", "c", "Course", "Content", CONTENT, 1, false, "CompletedOrPassed", null));
    }

    static CourseModel model(ModuleTags preTags) {
        CourseContent doc = new CourseContent(
                new Framework("Geology", List.of(new CompetencyEntry("rocks", "Rocks", null))), Map.of(), List.of(), 1);
        if (preTags != null) {
            doc = doc.withModule("pre", preTags);
        }
        PathwayRecord pathway =
                new PathwayRecord("pw", COURSE, "Geology", "all", List.of("pre", "content"), null, null, null);
        return CourseModels.build(COURSE, doc, LIBRARY, List.of(pathway), true);
    }

    static Decision next(CourseModel m, JsonNode... statements) {
        LearnerHistory h = LearnerHistory.replay(m.content(), ParameterStore.defaults(), "l", List.of(statements));
        return new Sequencer(m.content(), SequencerSettings.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC))
                .plan("l", m.pathway("pw"), m.overrides(m.pathwayRecord("pw").orElseThrow()), h.model(), h.progress())
                .next();
    }

    static JsonNode statement(String id, String verb, String activity, Double scaled) throws Exception {
        String result = scaled == null ? "{\"completion\":true}" : "{\"score\":{\"scaled\":" + scaled + "}}";
        return JSON.readTree("{\"id\":\"" + id
                + "\",\"actor\":{\"account\":{\"homePage\":\"https://t\",\"name\":\"l\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + verb + "\"},\"object\":{\"id\":\"" + activity
                + "\"},\"result\":" + result + ",\"timestamp\":\"2026-11-23T11:00:0" + id.length() + "Z\"}");
    }

    @Test
    void anUntaggedAuTakesMoveOnAndMasteryScoreFromItsCourseStructure() {
        Module pre = model(null).content().module(PRE).orElseThrow();

        assertThat(pre.moveOn()).isEqualTo(MoveOn.PASSED);
        assertThat(pre.masteryScore()).isEqualTo(0.6);
        assertThat(model(new ModuleTags("PRE_TEST", List.of("rocks"), null, 10, null))
                        .content()
                        .module(PRE)
                        .orElseThrow()
                        .moveOn())
                .as("tags without moveOn keep the package's")
                .isEqualTo(MoveOn.PASSED);
        assertThat(model(new ModuleTags("PRE_TEST", List.of("rocks"), null, 10, "Completed"))
                        .content()
                        .module(PRE)
                        .orElseThrow()
                        .moveOn())
                .as("an instructor's moveOn tag wins")
                .isEqualTo(MoveOn.COMPLETED);
    }

    @Test
    void completingAnAuWhoseMoveOnIsPassedLeavesItAsTheNextStep() throws Exception {
        Decision d = next(model(null), statement("c1", "completed", PRE, null));

        assertThat(d.stepId()).isEqualTo(PRE);
        assertThat(d.reason()).isEqualTo(ReasonCode.MOVE_ON_NOT_MET);
    }

    @Test
    void aPassBelowTheMasteryScoreIsNotAPassAndOneAboveIs() throws Exception {
        CourseModel m = model(null);

        Decision low = next(m, statement("p1", "passed", PRE, 0.5));
        Decision high = next(m, statement("p1", "passed", PRE, 0.5), statement("p22", "passed", PRE, 0.7));

        assertThat(low.stepId()).isEqualTo(PRE);
        assertThat(low.reason()).isEqualTo(ReasonCode.MOVE_ON_NOT_MET);
        assertThat(high.stepId()).isEqualTo(CONTENT);
    }

    @Test
    void anInstructorsMoveOnTagOverridesThePackage() throws Exception {
        Decision d = next(
                model(new ModuleTags(null, List.of(), null, null, "Completed")),
                statement("c1", "completed", PRE, null));

        assertThat(d.stepId()).isEqualTo(CONTENT);
    }
}
