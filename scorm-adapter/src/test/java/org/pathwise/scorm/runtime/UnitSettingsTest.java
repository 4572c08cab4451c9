package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.importing.SharedContent;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.manifest.ScormManifest;

class UnitSettingsTest {

    @Test
    void advancedCallsSco2004TakesPassingScoreAndObjectivesFromItsManifest() {
        ScormManifest manifest = parse("golf-examples/scorm2004/RunTimeAdvancedCalls_SCORM20043rdEdition");
        UnitSettings settings = UnitSettings.of(
                ScormVersion.SCORM_2004,
                manifest.organization().launchableItems().get(0));
        assertThat(settings.scaledPassingScore()).isEqualByComparingTo("0.8");
        assertThat(settings.objectiveIds())
                .containsExactly("PRIMARYOBJ", "obj_etiquette", "obj_handicapping", "obj_havingfun", "obj_playing");
        assertThat(settings.completionThreshold()).isNull();
    }

    @Test
    void scorm12ItemWithoutAdlcpElementsHasNoMasteryScore() {
        ScormManifest manifest = parse("golf-examples/scorm12/RuntimeBasicCalls_SCORM12");
        UnitSettings settings = UnitSettings.of(
                ScormVersion.SCORM_12, manifest.organization().launchableItems().get(0));
        assertThat(settings.masteryScore()).isNull();
        assertThat(settings.objectiveIds()).isEmpty();
    }

    @Test
    void forcedSequentialPackageAllowsChoiceAndFlow() {
        NavigationRules rules =
                NavigationRules.of(parse("golf-examples/scorm2004/SequencingForcedSequential_SCORM20043rdEdition"));
        assertThat(rules.choice()).isTrue();
        assertThat(rules.flow()).isTrue();
        assertThat(rules.allowsPrevious()).isTrue();
    }

    @Test
    void scorm12PackagesGetFreeNavigation() {
        assertThat(NavigationRules.of(parse("golf-examples/scorm12/ContentPackagingOneFilePerSCO_SCORM12")))
                .isEqualTo(NavigationRules.FREE);
    }

    private static ScormManifest parse(String folder) {
        Path root = SharedContent.content(folder);
        return ManifestParser.parse(root);
    }
}
