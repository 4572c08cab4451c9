package org.pathwise.scorm.cmi5.lms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Cmi5Course;

/** LMS.LaunchData, the launch URL, the LMS-made ids and the LMS statements for the CATAPULT mastery score AU. */
class LaunchDocumentsTest {

    static final Cmi5Course COURSE = Cmi5Samples.course("masteryscore_framed.zip");
    static final AssignableUnit AU = COURSE.assignableUnits().get(0);
    static final CourseIds IDS = CourseIds.of("https://tool.example", "pkg-1", COURSE);
    static final Cmi5Launch LAUNCH = new Cmi5Launch(
            "https://tool.example",
            "learner-7",
            "8b4b6f4e-5c3b-4b0e-9d7a-0b9a8e3c1f20",
            "session-1",
            IDS.au(AU),
            AU,
            "Normal",
            "https://tool.example/play/cmi5/return/session-1");

    @Test
    void theLmsIdsAreNotThePublisherIds() {
        assertThat(IDS.au(AU))
                .isEqualTo("https://tool.example/activities/cmi5/pkg-1/au/0")
                .isNotEqualTo(AU.id());
        assertThat(IDS.course()).isNotEqualTo(COURSE.id());
    }

    @Test
    void launchDataCarriesTheContextTemplateAndTheAuSettings() {
        ObjectNode doc = LaunchData.of(LAUNCH);
        assertThat(doc.at("/contextTemplate/extensions")
                        .get(Cmi5Vocabulary.SESSION_ID)
                        .asText())
                .isEqualTo("session-1");
        assertThat(doc.at("/contextTemplate/contextActivities/grouping/0/id").asText())
                .isEqualTo(AU.id());
        assertThat(doc.get("launchMode").asText()).isEqualTo("Normal");
        assertThat(doc.get("moveOn").asText()).isEqualTo("CompletedOrPassed");
        assertThat(doc.get("masteryScore").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(doc.get("returnURL").asText()).isEqualTo(LAUNCH.returnUrl());
        assertThat(doc.has("launchParameters")).isFalse();
    }

    @Test
    void theLaunchUrlKeepsTheAuQueryAndEncodesTheFiveParameters() {
        String url = LaunchUrl.of(
                "https://tool.example/content/pkg-1/index.html?pages=1&complete=launch#top",
                "https://tool.example/xapi/",
                "https://tool.example/api/cmi5/fetch/session-1?k=abc",
                LAUNCH);
        assertThat(url).startsWith("https://tool.example/content/pkg-1/index.html?pages=1&complete=launch&endpoint=");
        assertThat(url).endsWith("#top");
        Map<String, String> q = query(URI.create(url).getRawQuery());
        assertThat(q.get("endpoint")).isEqualTo("https://tool.example/xapi/");
        assertThat(q.get("fetch")).isEqualTo("https://tool.example/api/cmi5/fetch/session-1?k=abc");
        assertThat(q.get("actor"))
                .isEqualTo("{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://tool.example\","
                        + "\"name\":\"learner-7\"}}");
        assertThat(q.get("registration")).isEqualTo(LAUNCH.registration());
        assertThat(q.get("activityId")).isEqualTo(IDS.au(AU));
    }

    @Test
    void launchedCarriesTheLaunchExtensionsAndTheCmi5Context() {
        JsonNode s = LmsStatements.launched(LAUNCH, "https://tool.example/content/pkg-1/index.html", Instant.EPOCH);
        assertThat(s.at("/verb/id").asText()).isEqualTo(Cmi5Vocabulary.LAUNCHED);
        assertThat(s.at("/object/id").asText()).isEqualTo(IDS.au(AU));
        assertThat(s.at("/context/registration").asText()).isEqualTo(LAUNCH.registration());
        assertThat(s.at("/context/contextActivities/category/0/id").asText()).isEqualTo(Cmi5Vocabulary.CATEGORY_CMI5);
        assertThat(s.at("/context/contextActivities/grouping/0/id").asText()).isEqualTo(AU.id());
        JsonNode ext = s.at("/context/extensions");
        assertThat(ext.get(Cmi5Vocabulary.SESSION_ID).asText()).isEqualTo("session-1");
        assertThat(ext.get(Cmi5Vocabulary.LAUNCH_MODE).asText()).isEqualTo("Normal");
        assertThat(ext.get(Cmi5Vocabulary.MOVE_ON).asText()).isEqualTo("CompletedOrPassed");
        assertThat(ext.get(Cmi5Vocabulary.MASTERY_SCORE).decimalValue()).isEqualByComparingTo("0.3");
        assertThat(ext.get(Cmi5Vocabulary.LAUNCH_URL).asText())
                .isEqualTo("https://tool.example/content/pkg-1/index.html");
    }

    @Test
    void abandonedSatisfiedAndWaivedFollowTheirRules() {
        JsonNode abandoned = LmsStatements.abandoned(LAUNCH, Duration.ofSeconds(95), Instant.EPOCH);
        assertThat(abandoned.at("/result/duration").asText()).isEqualTo("PT1M35S");
        JsonNode satisfied =
                LmsStatements.satisfied(LAUNCH, IDS.course(), COURSE.id(), true, "Geology", "session-1", Instant.EPOCH);
        assertThat(satisfied.at("/object/id").asText()).isEqualTo(IDS.course());
        assertThat(satisfied.at("/object/definition/type").asText()).isEqualTo(Cmi5Vocabulary.TYPE_COURSE);
        assertThat(satisfied.at("/context/contextActivities/grouping/0/id").asText())
                .isEqualTo(COURSE.id());
        JsonNode waived = LmsStatements.waived(LAUNCH, "Administrative", Instant.EPOCH);
        assertThat(waived.at("/result/success").asBoolean()).isTrue();
        assertThat(waived.at("/result/completion").asBoolean()).isTrue();
        assertThat(waived.at("/result/extensions").get(Cmi5Vocabulary.REASON).asText())
                .isEqualTo("Administrative");
        assertThat(waived.at("/context/contextActivities/category/1/id").asText())
                .isEqualTo(Cmi5Vocabulary.CATEGORY_MOVEON);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
