package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.manifest.Item;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.manifest.SharedDataMap;
import org.pathwise.scorm.pkg.PackageImportException;

/** SCORM 2004 4th Edition item settings read from a manifest and seeded at launch: time limits and shared data. */
class UnitSettingsTest {

    private static ScormManifest manifest(String itemSequencing, String collection) {
        String xml =
                """
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
                  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>Course</title>
                    <item identifier="quiz" identifierref="r"><title>Quiz</title>
                      <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
                      <adlcp:data>
                        <adlcp:map targetID="notes" readSharedData="true" writeSharedData="true"/>
                        <adlcp:map targetID="answers" writeSharedData="false"/>
                      </adlcp:data>
                      %s
                    </item>
                  </organization></organizations>
                  <resources>
                    <resource identifier="r" type="webcontent" adlcp:scormType="sco" href="sco.html"/>
                  </resources>
                  %s
                </manifest>
                """
                        .formatted(itemSequencing, collection);
        return ManifestParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static Item quiz(ScormManifest m) {
        return m.organization().launchableItems().get(0);
    }

    @Test
    void attemptAbsoluteDurationLimitAndTimeLimitActionAreSeededAsMaxTimeAllowedAndTimeLimitAction() {
        UnitSettings settings = UnitSettings.of(
                ScormVersion.SCORM_2004,
                quiz(manifest(
                        "<imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit=\"PT30M\"/>"
                                + "</imsss:sequencing>",
                        "")));
        assertThat(settings.maxTimeAllowed()).isEqualTo("PT30M");
        assertThat(settings.timeLimitAction()).isEqualTo("exit,message");

        Map<String, String> seed =
                LaunchSeed.build(settings, "learner-1", "Ada", "ab-initio", CmiData.EMPTY, Duration.ZERO);
        assertThat(seed)
                .containsEntry("cmi.max_time_allowed", "PT30M")
                .containsEntry("cmi.time_limit_action", "exit,message");
    }

    @Test
    void timeLimitFromASequencingCollectionEntryIsSeededToo() {
        UnitSettings settings = UnitSettings.of(
                ScormVersion.SCORM_2004,
                quiz(manifest(
                        "<imsss:sequencing IDRef=\"timed\"/>",
                        "<imsss:sequencingCollection><imsss:sequencing ID=\"timed\">"
                                + "<imsss:limitConditions attemptAbsoluteDurationLimit=\"PT1H15M\"/>"
                                + "</imsss:sequencing></imsss:sequencingCollection>")));
        assertThat(LaunchSeed.build(settings, "l", "A", "ab-initio", CmiData.EMPTY, Duration.ZERO))
                .containsEntry("cmi.max_time_allowed", "PT1H15M");
    }

    @Test
    void sharedDataMapsAreKeptWithTheirReadAndWritePermissions() {
        UnitSettings settings = UnitSettings.of(ScormVersion.SCORM_2004, quiz(manifest("", "")));
        assertThat(settings.sharedData())
                .containsExactly(new SharedDataMap("notes", true, true), new SharedDataMap("answers", true, false));
        assertThat(settings.writesSharedData("notes")).isTrue();
        assertThat(settings.writesSharedData("answers")).isFalse();
        assertThat(settings.writesSharedData("elsewhere")).isFalse();
    }

    @Test
    void hideLmsUiValuesOfTheItemAreKeptForThePlayerAndSurviveTheStoredJson() throws Exception {
        UnitSettings settings = UnitSettings.of(
                ScormVersion.SCORM_2004,
                quiz(manifest(
                        """
                        <adlnav:presentation xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3">
                          <adlnav:navigationInterface>
                            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
                            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
                            <adlnav:hideLMSUI>suspendAll</adlnav:hideLMSUI>
                          </adlnav:navigationInterface>
                        </adlnav:presentation>
                        """,
                        "")));
        assertThat(settings.hideLmsUi()).containsExactly("continue", "previous", "suspendAll");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readValue(json.writeValueAsString(settings), UnitSettings.class)
                        .hideLmsUi())
                .containsExactly("continue", "previous", "suspendAll");
        assertThat(json.readValue("{\"version\":\"SCORM_2004\"}", UnitSettings.class)
                        .hideLmsUi())
                .as("settings stored before hideLMSUI was kept")
                .isEmpty();
        assertThat(UnitSettings.of(ScormVersion.SCORM_2004, quiz(manifest("", "")))
                        .hideLmsUi())
                .isEmpty();
    }

    @Test
    void sharedDataMapsSurviveTheJsonTheUnitIsStoredAs() throws Exception {
        UnitSettings settings = UnitSettings.of(ScormVersion.SCORM_2004, quiz(manifest("", "")));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        UnitSettings read = json.readValue(json.writeValueAsString(settings), UnitSettings.class);
        assertThat(read.sharedData()).isEqualTo(settings.sharedData());
        assertThat(json.readValue("{\"version\":\"SCORM_2004\"}", UnitSettings.class)
                        .sharedData())
                .as("settings stored before shared data existed")
                .isEmpty();
    }

    @Test
    void unknownRollupConsiderationValueIsRejectedNamingTheAttribute() {
        assertThatThrownBy(() -> manifest(
                        "<imsss:sequencing><adlseq:rollupConsiderations requiredForCompleted=\"sometimes\"/>"
                                + "</imsss:sequencing>",
                        ""))
                .isInstanceOf(PackageImportException.class)
                .hasMessageContaining("requiredForCompleted=\"sometimes\"")
                .hasMessageContaining("ifNotSkipped");
    }
}
