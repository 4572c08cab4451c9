package org.pathwise.pathways.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.pathways.content.CourseContent;
import org.pathwise.pathways.content.CourseContent.CompetencyEntry;
import org.pathwise.pathways.content.CourseContent.Framework;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseModel;
import org.pathwise.pathways.content.CourseModels;
import org.pathwise.pathways.content.LibraryUnit;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.content.PathwayRecord.GradeMode;
import org.pathwise.pathways.record.ParameterStore;

/** The gradebook value of each grade mode, from a learner who did the lesson and scored 0.8 on one of two quizzes. */
class PathwayGradesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final CourseKey COURSE = new CourseKey(1, "c");
    static final String BASE = "https://t/activities/scorm/p/";
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    final Planner planner = planner();
    final PathwayGrades grades = new PathwayGrades();

    PathwayGradesTest() {
        grades.planner = planner;
    }

    static Planner planner() {
        Planner p = new Planner();
        p.masteryThreshold = 0.95;
        p.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        p.parameters = new ParameterStore() {
            @Override
            public ModelParameters current() {
                return ParameterStore.defaults();
            }
        };
        return p;
    }

    static CourseModel model() {
        Map<String, LibraryUnit> library = new LinkedHashMap<>();
        for (String u : List.of("lesson", "quiz1", "quiz2")) {
            library.put(u, new LibraryUnit(u, "p", "Pkg", u, BASE + u, library.size(), false));
        }
        CourseContent content = new CourseContent(
                new Framework("f", List.of(new CompetencyEntry("frac", "Fractions", null))),
                Map.of(
                        "lesson", new ModuleTags("LESSON", List.of("frac"), null, 10, null),
                        "quiz1", new ModuleTags("ASSESSMENT", List.of("frac"), null, 5, null),
                        "quiz2", new ModuleTags("ASSESSMENT", List.of("frac"), null, 5, null)),
                List.of(),
                1);
        return CourseModels.build(COURSE, content, library, List.of(pathway(GradeMode.SCORE)), true);
    }

    static PathwayRecord pathway(GradeMode mode) {
        return new PathwayRecord("pw", COURSE, "Path", "all", List.of("lesson", "quiz1", "quiz2"), null, mode, null);
    }

    static JsonNode statement(String id, String verb, String activity, String result, String at) throws Exception {
        return JSON.readTree("{\"id\":\"" + id
                + "\",\"actor\":{\"account\":{\"homePage\":\"https://t\",\"name\":\"l\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + verb + "\"},\"object\":{\"id\":\"" + BASE
                + activity + "\"},\"result\":" + result + ",\"timestamp\":\"" + at + "\"}");
    }

    Planner.Result result(GradeMode mode) throws Exception {
        List<JsonNode> statements = List.of(
                statement("s1", "completed", "lesson", "{\"completion\":true}", "2026-11-23T11:00:00Z"),
                statement(
                        "s2",
                        "completed",
                        "quiz1",
                        "{\"completion\":true,\"score\":{\"scaled\":0.8}}",
                        "2026-11-23T11:10:00Z"));
        return planner.plan(model(), pathway(mode), "l", statements);
    }

    @Test
    void aPartlyDonePathwaysGradeIsSentAsFullyGradedInProgressSoMoodleKeepsTheScore() throws Exception {
        List<Object[]> sent = new java.util.ArrayList<>();
        grades.publisher = new org.pathwise.lti.grades.GradePublisher() {
            @Override
            public long publish(
                    long registrationId,
                    String lineItemUrl,
                    String userSub,
                    Double scoreGiven,
                    Double scoreMaximum,
                    org.pathwise.lti.core.services.Score.ActivityProgress activityProgress,
                    org.pathwise.lti.core.services.Score.GradingProgress gradingProgress) {
                sent.add(new Object[] {scoreGiven, scoreMaximum, activityProgress, gradingProgress});
                return 1;
            }
        };
        grades.learners = new org.pathwise.pathways.content.PathwayLearners() {
            @Override
            public boolean gradeChanged(String pathwayId, String learnerId, Double before, double after) {
                return true;
            }
        };
        var row = new org.pathwise.pathways.content.PathwayLearners.Learner(
                "pw", "l", "L", 2, "3", "https://lms/lineitems/3/lineitem?type_id=1", null, null, 0);

        assertThat(grades.publishIfChanged(row, result(GradeMode.COMPLETION))).isTrue();

        assertThat(sent).hasSize(1);
        assertThat((Double) sent.get(0)[0]).isCloseTo(66.67, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sent.get(0)[1]).isEqualTo(100.0);
        assertThat(sent.get(0)[2]).isEqualTo(org.pathwise.lti.core.services.Score.ActivityProgress.InProgress);
        assertThat(sent.get(0)[3]).isEqualTo(org.pathwise.lti.core.services.Score.GradingProgress.FullyGraded);
    }

    @Test
    void completionCountsTheStepsDone() throws Exception {
        assertThat(grades.value(GradeMode.COMPLETION, result(GradeMode.COMPLETION))
                        .getAsDouble())
                .isEqualTo(2.0 / 3);
    }

    @Test
    void scoreAveragesTheAssessmentsCountingAnUnattemptedOneAsZero() throws Exception {
        assertThat(grades.value(GradeMode.SCORE, result(GradeMode.SCORE)).getAsDouble())
                .isEqualTo(0.4);
    }

    @Test
    void masteryIsTheMeanMasteryOfThePathwaysCompetencies() throws Exception {
        Planner.Result r = result(GradeMode.MASTERY);
        double expected = r.history().model().masteryNow("l", "frac", NOW);
        assertThat(grades.value(GradeMode.MASTERY, r).getAsDouble())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
        assertThat(grades.value(GradeMode.NONE, r)).isEmpty();
    }

    @Test
    void thePlanViewShowsDoneNextAndTheReasonInWords() throws Exception {
        PlanView view = planner.view(result(GradeMode.SCORE), Locale.ENGLISH, false);
        assertThat(view.done()).extracting(PlanView.Step::unitId).containsExactly("lesson", "quiz1");
        assertThat(view.next().unitId()).isEqualTo("quiz2");
        assertThat(view.next().launchUrl()).isEqualTo("/play/quiz2");
        assertThat(view.next().sentence()).isEqualTo("Next in your pathway: quiz2.");
        assertThat(view.mastery()).extracting(PlanView.Mastery::evidence).containsExactly(1);
    }
}
