package org.pathwise.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwise.scorm.manifest.Item;
import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.manifest.sequencing.SequencingRule;
import org.pathwise.scorm.pkg.LaunchableUnit;
import org.pathwise.scorm.pkg.PackageStandard;

/** Every Golf example, zipped on the fly and imported; the expected figures are read off each imsmanifest.xml. */
class GolfPackagesImportTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            scorm12/ContentPackagingOneFilePerSCO_SCORM12              | SCORM_12               | 18 | 0  | Golf Explained - CP One File Per SCO             | Playing/Playing.html                   | false
            scorm12/ContentPackagingSingleSCO_SCORM12                  | SCORM_12               | 1  | 1  | Golf Explained - CP Single SCO                   | shared/launchpage.html                 | false
            scorm12/RuntimeBasicCalls_SCORM12                          | SCORM_12               | 1  | 1  | Golf Explained - Run-time Basic Calls            | shared/launchpage.html                 | false
            scorm12/RuntimeMinimumCalls_SCORM12                        | SCORM_12               | 18 | 18 | Golf Explained - Minimum Run-time Calls          | Playing/Playing.html                   | false
            scorm2004/ContentPackagingMetadata_SCORM20043rdEdition     | SCORM_2004_3RD_EDITION | 1  | 1  | Golf Explained - Metadata Example                | shared/launchpage.html                 | false
            scorm2004/ContentPackagingOneFilePerSCO_SCORM20043rdEdition | SCORM_2004_3RD_EDITION | 18 | 0  | Golf Explained - CP One File Per SCO            | Playing/Playing.html                   | false
            scorm2004/ContentPackagingSingleSCO_SCORM20042ndEdition    | SCORM_2004_2ND_EDITION | 1  | 1  | Golf Explained - CP Single SCO                   | shared/launchpage.html                 | false
            scorm2004/ContentPackagingSingleSCO_SCORM20043rdEdition    | SCORM_2004_3RD_EDITION | 1  | 1  | Golf Explained - CP Single SCO                   | shared/launchpage.html                 | false
            scorm2004/RunTimeAdvancedCalls_SCORM20043rdEdition         | SCORM_2004_3RD_EDITION | 1  | 1  | Golf Explained - Run-time Advanced Calls         | shared/launchpage.html                 | true
            scorm2004/RuntimeBasicCalls_SCORM20043rdEdition            | SCORM_2004_3RD_EDITION | 1  | 1  | Golf Explained - Run-time Basic Calls            | shared/launchpage.html                 | true
            scorm2004/RuntimeMinimumCalls_SCORM20043rdEdition          | SCORM_2004_3RD_EDITION | 18 | 18 | Golf Explained - Minimum Run-time Calls          | Playing/Playing.html                   | false
            scorm2004/SequencingForcedSequential_SCORM20043rdEdition   | SCORM_2004_3RD_EDITION | 5  | 5  | Golf Explained - Sequencing Forced Order         | shared/launchpage.html?content=playing | true
            scorm2004/SequencingPostTestRollup4thEd_SCORM20044thEdition | SCORM_2004_4TH_EDITION | 5  | 5  | Golf Explained - 4th Edition Features           | shared/launchpage.html?content=playing | true
            scorm2004/SequencingPostTestRollup_SCORM20043rdEdition     | SCORM_2004_3RD_EDITION | 5  | 5  | Golf Explained - Sequencing Post Test Rollup     | shared/launchpage.html?content=playing | true
            scorm2004/SequencingPreOrPostTestRollup_SCORM20043rdEdition | SCORM_2004_3RD_EDITION | 6  | 6  | Golf Explained - Sequencing Pre or Post Test Rollup | shared/launchpage.html?content=assessment | true
            scorm2004/SequencingRandomTest_SCORM20043rdEdition         | SCORM_2004_3RD_EDITION | 8  | 8  | Golf Explained - Sequencing Random Test          | shared/launchpage.html?content=playing | true
            scorm2004/SequencingSimpleRemediation_SCORM20043rdEdition  | SCORM_2004_3RD_EDITION | 8  | 8  | Golf Explained - Simple Remediation              | shared/launchpage.html?content=playing | true
            """)
    void importsGolfExampleWithItsStructure(
            String folder,
            PackageStandard standard,
            int launchables,
            int scos,
            String title,
            String firstLaunchUrl,
            boolean sequenced) {
        ImportedPackage imported = importGolf(folder);

        ScormManifest manifest = (ScormManifest) imported.content();
        assertThat(manifest.standard()).isEqualTo(standard);
        assertThat(manifest.title()).isEqualTo(title);
        assertThat(manifest.launchables()).hasSize(launchables);
        assertThat(manifest.launchables()).filteredOn(LaunchableUnit::tracked).hasSize(scos);
        assertThat(manifest.launchables().get(0).launchUrl()).isEqualTo(firstLaunchUrl);
        assertThat(manifest.hasSequencing()).isEqualTo(sequenced);
        assertThat(imported.root().resolve("imsmanifest.xml")).isRegularFile();
    }

    @Test
    void multiScoPackageHasFourAggregationsAndNineteenResources() {
        ScormManifest manifest = manifestOf("scorm12/RuntimeMinimumCalls_SCORM12");

        assertThat(manifest.organization().items()).hasSize(4);
        assertThat(manifest.organization().items())
                .allSatisfy(i -> assertThat(i.isLaunchable()).isFalse());
        assertThat(manifest.resources()).hasSize(19);
    }

    @Test
    void itemParametersAreAppendedToTheResourceHref() {
        ScormManifest manifest = manifestOf("scorm12/ContentPackagingOneFilePerSCO_SCORM12");

        assertThat(item(manifest, "playing_quiz_item").launchUrl())
                .isEqualTo("shared/assessmenttemplate.html?questions=Playing");
    }

    @Test
    void primaryObjectiveSatisfiedByMeasureCarriesThePassingScore() {
        ScormManifest manifest = manifestOf("scorm2004/RunTimeAdvancedCalls_SCORM20043rdEdition");

        var sequencing = manifest.organization().launchableItems().get(0).sequencing();
        assertThat(sequencing.primaryObjective()).hasValueSatisfying(primary -> {
            assertThat(primary.objectiveId()).isEqualTo("PRIMARYOBJ");
            assertThat(primary.satisfiedByMeasure()).isTrue();
            assertThat(primary.minNormalizedMeasure()).isEqualByComparingTo(new BigDecimal("0.8"));
        });
        assertThat(sequencing.objectives())
                .extracting(o -> o.objectiveId())
                .containsExactly("PRIMARYOBJ", "obj_etiquette", "obj_handicapping", "obj_havingfun", "obj_playing");
        assertThat(sequencing.effectiveDeliveryControls().completionSetByContent())
                .isTrue();
    }

    @Test
    void fourthEditionItemsMergeTheSequencingCollectionAndReadAdlseqMaps() {
        ScormManifest manifest = manifestOf("scorm2004/SequencingPostTestRollup4thEd_SCORM20044thEdition");

        Item etiquette = item(manifest, "etuqiette_item");
        assertThat(etiquette.sequencing().idRef()).isEqualTo("content_seq_rules");
        assertThat(etiquette.sequencing().rollupRules().rollupObjectiveSatisfied())
                .isFalse();
        assertThat(etiquette.sequencing().rules(SequencingRule.Type.PRE_CONDITION))
                .singleElement()
                .satisfies(rule -> {
                    assertThat(rule.action()).isEqualTo("disabled");
                    assertThat(rule.conditionCombination()).isEqualTo("any");
                    assertThat(rule.conditions()).hasSize(2);
                });
        assertThat(etiquette.completionThreshold().progressWeight()).isEqualByComparingTo("0.3");
        assertThat(etiquette.sharedData()).singleElement().satisfies(map -> assertThat(map.targetId())
                .isEqualTo("com.scorm.golfsamples.sequencing.forcedsequential.notesStorage"));
        assertThat(etiquette.sequencing().primaryObjective().orElseThrow().adlMapInfo())
                .singleElement()
                .satisfies(map -> assertThat(map.writeCompletionStatus()).isTrue());
        assertThat(manifest.organization().sequencing().effectiveControlMode().choice())
                .isTrue();
        assertThat(manifest.organization().sequencing().effectiveControlMode().flow())
                .isTrue();
    }

    @Test
    void remediationReadsPostConditionsGlobalObjectivesAndHiddenWrapper() {
        ScormManifest manifest = manifestOf("scorm2004/SequencingSimpleRemediation_SCORM20043rdEdition");

        Item wrapper = item(manifest, "content_wrapper");
        assertThat(wrapper.visible()).isFalse();
        assertThat(wrapper.sequencing().effectiveControlMode().choice()).isFalse();
        assertThat(wrapper.sequencing().rules(SequencingRule.Type.POST_CONDITION))
                .extracting(SequencingRule::action)
                .containsExactly("retry", "exitAll");
        Item test1 = item(manifest, "test_1");
        assertThat(test1.launchUrl()).isEqualTo("shared/launchpage.html?content=assessment1");
        assertThat(test1.sequencing().primaryObjective().orElseThrow().mapInfo())
                .singleElement()
                .satisfies(map -> {
                    assertThat(map.targetObjectiveId())
                            .isEqualTo("com.scorm.golfsamples.sequencing.simpleremediation.20043rd.playing_satisfied");
                    assertThat(map.writeNormalizedMeasure()).isTrue();
                });
    }

    @Test
    void randomTestReadsAttemptLimitRollupRulesAndRandomization() {
        ScormManifest manifest = manifestOf("scorm2004/SequencingRandomTest_SCORM20043rdEdition");

        Item postTest = manifest.organization()
                .allItems()
                .filter(i -> i.sequencing() != null && i.sequencing().randomizationControls() != null)
                .findFirst()
                .orElseThrow();
        assertThat(postTest.sequencing().limitConditions().attemptLimit()).isEqualTo(2);
        assertThat(postTest.sequencing().randomizationControls().reorderChildren())
                .isTrue();
        assertThat(postTest.sequencing().randomizationControls().randomizationTiming())
                .isEqualTo("onEachNewAttempt");
        assertThat(postTest.sequencing().rollupRules().rules())
                .extracting(r -> r.action())
                .containsExactly("satisfied", "notSatisfied");
    }

    @Test
    void metadataTitleIsReadFromTheExternalLomFile() {
        ScormManifest manifest = manifestOf("scorm2004/ContentPackagingMetadata_SCORM20043rdEdition");

        assertThat(manifest.metadataTitle()).isEqualTo("Golf Explained");
    }

    @Test
    void importedFilesAreAllInPlace() throws Exception {
        Path source = SharedContent.content("golf-examples/scorm12/RuntimeBasicCalls_SCORM12");
        ImportedPackage imported = importGolf("scorm12/RuntimeBasicCalls_SCORM12");

        try (var files = Files.walk(source)) {
            assertThat(files.filter(Files::isRegularFile).map(source::relativize))
                    .allSatisfy(relative -> assertThat(imported.root().resolve(relative.toString()))
                            .isRegularFile());
        }
    }

    private ScormManifest manifestOf(String folder) {
        return (ScormManifest) importGolf(folder).content();
    }

    private ImportedPackage importGolf(String folder) {
        Path source = SharedContent.content("golf-examples/" + folder);
        Path zip = TestArchives.zipFolder(source, temp.resolve(source.getFileName() + ".zip"));
        return new PackageImporter().importZip(zip, temp.resolve("imported").resolve(source.getFileName()));
    }

    private static Item item(ScormManifest manifest, String id) {
        return manifest.organization()
                .allItems()
                .filter(i -> i.identifier().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
