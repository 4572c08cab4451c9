package org.pathwise.player;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The CATAPULT multi-AU, pre/post-test (blocks) and emp cmi5 samples of shared/content/cmi5 over HTTP: what the
 * import makes of their course structure, each AU launched with its own query and moveOn in LMS.LaunchData, and moveOn
 * evaluated from the AUs' own statements for blocks and the course ("satisfied" once each).
 */
class Cmi5SamplesIT {

    static final String MULTI = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-multi-au-framed";
    static final String PRE_POST = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-preposttest";

    static PathwiseServer server;
    static String instructor;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        Cmi5LaunchIT.server = server;
        instructor = session(server, "cmi5-samples-instructor", "instructor");
    }

    @Test
    void multiAuCourseLaunchesEachAuWithItsQueryAndIsSatisfiedOnlyWhenTheQuizIsCompletedAndPassed() {
        JsonPath pkg = upload(server, instructor, Cmi5LaunchIT.sample("multi_au_framed.zip"));
        List<String> units = pkg.getList("units.id");
        assertThat(units).hasSize(8).doesNotHaveDuplicates();
        String learner = session(server, "cmi5-multi-" + UUID.randomUUID(), "learner");

        Set<String> registrations = new HashSet<>();
        List<String> activityIds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Cmi5Au au = launch(learner, units.get(i));
            assertThat(au.params)
                    .as("the AU's own query is kept beside the cmi5 parameters")
                    .containsEntry("pages", String.valueOf(i + 1))
                    .containsEntry("complete", "launch")
                    .containsKeys("endpoint", "fetch", "actor", "registration", "activityId");
            JsonPath launchData = launchData(au.start());
            assertThat(launchData.getString("moveOn")).isEqualTo("CompletedOrPassed");
            assertThat(launchData.getList("contextTemplate.contextActivities.grouping.id"))
                    .containsExactly(MULTI + "/" + (i + 1));
            registrations.add(au.params.get("registration"));
            activityIds.add(au.params.get("activityId"));
            send(au, "initialized", "completed", "terminated");
        }
        assertThat(registrations).as("one registration for the course").hasSize(1);
        assertThat(activityIds).doesNotHaveDuplicates().allMatch(id -> id.matches(".*/activities/cmi5/.+/au/\\d+"));
        String registration = registrations.iterator().next();

        JsonPath view = registration(learner, registration);
        assertThat(view.getList("aus.moveOnMet", Boolean.class).subList(0, 7)).containsOnly(true);
        assertThat(view.getBoolean("aus[7].moveOnMet")).isFalse();
        assertThat(view.getBoolean("courseSatisfied")).isFalse();

        Cmi5Au quiz = launch(learner, units.get(7));
        assertThat(quiz.params).containsEntry("pages", "quiz").containsEntry("complete", "quiz");
        assertThat(launchData(quiz.start()).getString("moveOn")).isEqualTo("CompletedAndPassed");
        send(quiz, "initialized", "completed", "terminated");
        assertThat(registration(learner, registration).getBoolean("courseSatisfied"))
                .as("completed is not enough for CompletedAndPassed")
                .isFalse();

        Cmi5Au retake = launch(learner, units.get(7));
        send(retake.start(), "initialized", "passed", "terminated");
        JsonPath done = registration(learner, registration);
        assertThat(done.getBoolean("aus[7].moveOnMet")).isTrue();
        assertThat(done.getBoolean("courseSatisfied")).isTrue();

        JsonPath satisfied = Cmi5LaunchIT.awaitStatements(registration, Cmi5LaunchIT.SATISFIED, n -> n >= 1);
        assertThat(satisfied.getList("statements")).hasSize(1);
        assertThat(satisfied.getString("statements[0].object.definition.type"))
                .isEqualTo("https://w3id.org/xapi/cmi5/activitytype/course");
        assertThat(satisfied.getString("statements[0].object.id"))
                .endsWith("/course")
                .isNotEqualTo(MULTI);
        assertThat(satisfied.getList("statements[0].context.contextActivities.grouping.id"))
                .containsExactly(MULTI);
    }

    @Test
    void preAndPostTestBlocksAreSatisfiedOneByOneFromTheAusStatementsAndThenTheCourse() {
        JsonPath pkg = upload(server, instructor, Cmi5LaunchIT.sample("pre_post_test_framed.zip"));
        List<String> units = pkg.getList("units.id");
        assertThat(units).hasSize(6);
        String learner = session(server, "cmi5-blocks-" + UUID.randomUUID(), "learner");
        List<String> moveOns = List.of("Passed", "CompletedOrPassed", "Passed");

        String registration = null;
        for (int i = 0; i < 3; i++) {
            Cmi5Au au = launch(learner, units.get(i));
            assertThat(launchData(au.start()).getString("moveOn")).isEqualTo(moveOns.get(i));
            send(au, "initialized", i == 1 ? "completed" : "passed", "terminated");
            registration = au.params.get("registration");
        }
        JsonPath half = registration(learner, registration);
        assertThat(half.getList("satisfied")).containsExactly(PRE_POST + "/block1");
        assertThat(half.getBoolean("courseSatisfied")).isFalse();
        JsonPath block = Cmi5LaunchIT.awaitStatements(registration, Cmi5LaunchIT.SATISFIED, n -> n >= 1);
        assertThat(block.getList("statements")).hasSize(1);
        assertThat(block.getString("statements[0].object.definition.type"))
                .isEqualTo("https://w3id.org/xapi/cmi5/activitytype/block");
        assertThat(block.getList("statements[0].context.contextActivities.grouping.id"))
                .containsExactly(PRE_POST + "/block1");

        for (int i = 3; i < 6; i++) {
            Cmi5Au au = launch(learner, units.get(i));
            send(au.start(), "initialized", i == 4 ? "completed" : "passed", "terminated");
        }
        JsonPath done = registration(learner, registration);
        assertThat(done.getList("satisfied"))
                .containsExactlyInAnyOrder(PRE_POST + "/block1", PRE_POST + "/block2", PRE_POST);
        assertThat(done.getBoolean("courseSatisfied")).isTrue();
        JsonPath all = Cmi5LaunchIT.awaitStatements(registration, Cmi5LaunchIT.SATISFIED, n -> n >= 3);
        assertThat(all.getList("statements.object.definition.type"))
                .as("each block and the course once")
                .containsExactlyInAnyOrder(
                        "https://w3id.org/xapi/cmi5/activitytype/course",
                        "https://w3id.org/xapi/cmi5/activitytype/block",
                        "https://w3id.org/xapi/cmi5/activitytype/block");
    }

    @Test
    void empSampleIsAnOwnWindowAuWithAMasteryScoreRedirectedToItsLaunchUrl() {
        JsonPath pkg = upload(server, instructor, Cmi5LaunchIT.sample("emp-cmi5-sample.zip"));
        assertThat(pkg.getList("units")).hasSize(1);
        String learner = session(server, "cmi5-emp-" + UUID.randomUUID(), "learner");
        Response page = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .header("X-Pathwise-Session", learner)
                .get("/play/" + pkg.getString("units[0].id"));
        assertThat(page.statusCode()).as("OwnWindow: never framed").isEqualTo(303);
        String launchUrl = page.getHeader("Location");
        assertThat(launchUrl).contains("/content/" + pkg.getString("id") + "/index.html?");
        Cmi5Au au = new Cmi5Au(server, launchUrl).start();
        JsonPath launchData = launchData(au);
        assertThat(launchData.getDouble("masteryScore")).isEqualTo(0.3);
        assertThat(launchData.getString("moveOn")).isEqualTo("CompletedOrPassed");
        assertThat(launchData.getString("launchMode")).isEqualTo("Normal");
        assertThat(given().baseUri(server.baseUrl())
                        .get(launchUrl.substring(launchUrl.indexOf("/content/")))
                        .contentType())
                .startsWith("text/html");
        JsonPath launched = Cmi5LaunchIT.statements(au.params.get("registration"), Cmi5LaunchIT.LAUNCHED);
        assertThat(
                        launched.getDouble(
                                "statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'"))
                .isEqualTo(0.3);
    }

    private static Cmi5Au launch(String learner, String unit) {
        return new Cmi5Au(server, Cmi5LaunchIT.launch(learner, unit).getString("launchUrl"));
    }

    private static JsonPath launchData(Cmi5Au au) {
        return JsonPath.from(Cmi5LaunchIT.lms()
                .queryParams(au.stateParams())
                .get("/activities/state")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static void send(Cmi5Au au, String... verbs) {
        for (String verb : verbs) {
            Response r = au.send(au.defined(verb));
            assertThat(r.statusCode()).as(verb + ": " + r.asString()).isEqualTo(200);
        }
    }

    private static JsonPath registration(String learner, String registration) {
        return Cmi5LaunchIT.tool(learner)
                .get("/api/cmi5/registrations/" + registration)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
