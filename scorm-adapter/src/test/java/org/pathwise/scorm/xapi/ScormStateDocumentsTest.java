package org.pathwise.scorm.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.ScormVersion;

class ScormStateDocumentsTest {

    @Test
    void activityStateListsTheAttemptIrisOldestFirst() {
        ObjectNode doc =
                ScormStateDocuments.activityState(List.of("https://t/sco?attemptId=a", "https://t/sco?attemptId=b"));
        assertThat(doc.toString())
                .isEqualTo("{\"attempts\":[\"https://t/sco?attemptId=a\",\"https://t/sco?attemptId=b\"]}");
    }

    @Test
    void scorm2004AttemptStateCarriesCreditModeLocationSuspendDataTotalTimeAndPreferences() {
        CmiData cmi = new CmiData(Map.of(
                "cmi.credit", "credit",
                "cmi.mode", "normal",
                "cmi.location", "page-02",
                "cmi.suspend_data", "a=1;b=2",
                "cmi.learner_preference.language", "en-US",
                "cmi.learner_preference.audio_level", "0.5",
                "cmi.learner_preference.delivery_speed", "1",
                "cmi.learner_preference.audio_captioning", "-1"));
        ObjectNode doc = ScormStateDocuments.attemptState(ScormVersion.SCORM_2004, cmi, Duration.ofMillis(1_200_500));
        assertThat(doc.get("credit").asText()).isEqualTo("credit");
        assertThat(doc.get("mode").asText()).isEqualTo("normal");
        assertThat(doc.get("location").asText()).isEqualTo("page-02");
        assertThat(doc.get("suspend_data").asText()).isEqualTo("a=1;b=2");
        assertThat(doc.get("total_time").asText()).isEqualTo("PT1200.50S");
        assertThat(doc.at("/preferences/language").asText()).isEqualTo("en-US");
        assertThat(doc.at("/preferences/audio_level").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(doc.at("/preferences/delivery_speed").decimalValue()).isEqualByComparingTo("1");
        assertThat(doc.at("/preferences/audio_captioning").asInt()).isEqualTo(-1);
    }

    @Test
    void scorm12AttemptStateReadsTheCoreElementsAndLeavesOutWhatIsUnknownOrOutOfTheProfilesRange() {
        CmiData cmi = new CmiData(Map.of(
                "cmi.core.credit", "no-credit",
                "cmi.core.lesson_mode", "review",
                "cmi.core.lesson_location", "4",
                "cmi.student_preference.audio", "-1",
                "cmi.student_preference.language", "not a language"));
        ObjectNode doc = ScormStateDocuments.attemptState(ScormVersion.SCORM_12, cmi, null);
        assertThat(doc.get("credit").asText()).isEqualTo("no-credit");
        assertThat(doc.get("mode").asText()).isEqualTo("review");
        assertThat(doc.get("location").asText()).isEqualTo("4");
        assertThat(doc.has("suspend_data")).isFalse();
        assertThat(doc.has("total_time")).isFalse();
        assertThat(doc.has("preferences"))
                .as("audio -1 and a bad language are left out")
                .isFalse();
    }

    @Test
    void agentIsTheAccountOfTheStatementsActor() {
        assertThat(ScormStateDocuments.agent("https://tool.example", "learner-7")
                        .toString())
                .isEqualTo(
                        "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://tool.example\",\"name\":\"learner-7\"}}");
    }
}
