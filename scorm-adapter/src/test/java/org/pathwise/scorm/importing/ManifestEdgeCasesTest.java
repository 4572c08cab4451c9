package org.pathwise.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwise.scorm.manifest.Item;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.PackageStandard;

/**
 * Every folder of manifest-edge-cases: the broken ones are rejected with a message naming the file, the line and the
 * problem; the valid ones are read (and rejected at import only when their launch file is absent from the folder).
 */
class ManifestEdgeCasesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            scorm12/MalformedXml_SCORM12                        | INVALID_PACKAGE | imsmanifest.xml line 27: malformed XML: The element type "item" must be terminated by the matching end-tag "</item>".
            scorm12/MissingLaunchUrl_SCORM12                    | INVALID_PACKAGE | imsmanifest.xml line 30: <resource identifier="resource_1"> has no href, but <item identifier="item_1"> (line 24) launches it
            scorm12/MissingRequiredFields_SCORM12               | INVALID_PACKAGE | imsmanifest.xml line 18: <organization identifier="default_org"> has no <title>
            scorm12/ItemWithNonExistentResourceId_SCORM12       | INVALID_PACKAGE | imsmanifest.xml line 20: <item identifier="item_1"> references resource "non_existent_resource", which is not declared in <resources>
            scorm12/InvalidFileReferences_SCORM12               | MISSING_FILE    | imsmanifest.xml: launch file is missing from the package: content/nonexistent.html (launched by "item_1")
            scorm12/ComplexNestedOrganization_SCORM12           | MISSING_FILE    | imsmanifest.xml: launch files are missing from the package: content/module1.html (launched by "module_1"), content/chapter1_1.html (launched by "chapter_1_1")
            scorm2004/InvalidMissingOrgIdentifier_SCORM20043rdEdition | INVALID_PACKAGE | imsmanifest.xml line 12: <organization> has no identifier
            scorm2004/MinimalValid_SCORM20043rdEdition          | MISSING_FILE    | imsmanifest.xml: launch file is missing from the package: index.html (launched by "item1")
            scorm2004/AdlAttributes_SCORM20043rdEdition         | MISSING_FILE    | imsmanifest.xml: launch file is missing from the package: index.html (launched by "item1")
            scorm2004/ContentPackagingNoSchemaVersion_SCORM20042ndEdition | MISSING_FILE | imsmanifest.xml: launch file is missing from the package: index.html (launched by "item1")
            """)
    void rejectsBrokenPackageWithFileLineAndProblem(String folder, Kind kind, String messageStart) {
        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> importEdgeCase(folder));

        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.getMessage()).startsWith(messageStart);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void readsNestedOrganizationsDefaultFirstAndAllTwelveResources() {
        ScormManifest manifest = parseEdgeCase("scorm12/ComplexNestedOrganization_SCORM12");

        assertThat(manifest.organizations())
                .extracting(o -> o.identifier())
                .containsExactly("default_org", "alternate_org");
        assertThat(manifest.organization().launchableItems())
                .extracting(Item::identifier)
                .startsWith("module_1", "chapter_1_1", "section_1_1_1", "topic_1_1_1_1")
                .hasSize(11);
        assertThat(manifest.resources()).hasSize(12);
    }

    @Test
    void launchesTheFirstItemThatReferencesAResourceEvenWhenNested() {
        ImportedPackage imported = importEdgeCase("scorm12/LaunchUrlFromNestedItem_SCORM12");

        assertThat(imported.content().launchables())
                .extracting(u -> u.launchUrl())
                .containsExactly("content/topic1.html", "content/section2.html");
    }

    @Test
    void importsEveryItemWithAnIdentifierRefInOrder() {
        ImportedPackage imported = importEdgeCase("scorm12/MultipleItemsWithIdentifierRef_SCORM12");

        assertThat(imported.content().launchables())
                .extracting(u -> u.id() + "=" + u.launchUrl())
                .containsExactly("item_1=content/item1.html", "item_2=content/item2.html", "item_3=content/item3.html");
    }

    @Test
    void readsScorm12MasteryScoreTimeLimitsAndKeepsPrerequisitesUnevaluated() {
        ImportedPackage imported = importEdgeCase("scorm12/PrerequisitesTest_SCORM12");
        ScormManifest manifest = (ScormManifest) imported.content();

        Item module1 = manifest.organization().items().get(0);
        assertThat(module1.masteryScore()).isEqualByComparingTo(new BigDecimal("80"));
        assertThat(module1.maxTimeAllowed()).isEqualTo("02:30:00");
        assertThat(manifest.organization().items().get(1).dataFromLms()).isEqualTo("custom_data_for_module2");
        assertThat(manifest.organization().items().get(2).timeLimitAction()).isEqualTo("exit,message");
        assertThat(manifest.organization().items().get(3).masteryScore()).isEqualByComparingTo("90");
        assertThat(manifest.organization().items().get(3).prerequisites())
                .isEqualTo("(module1 AND module2) OR module3");
    }

    @Test
    void toleratesExternalMetadataLocationAndReadsDataFromLms() {
        ImportedPackage imported = importEdgeCase("scorm12/ContentPackagingWithMetadata_SCORM12");
        ScormManifest manifest = (ScormManifest) imported.content();

        assertThat(manifest.standard()).isEqualTo(PackageStandard.SCORM_12);
        assertThat(manifest.metadataTitle()).isNull();
        assertThat(manifest.organization().items().get(0).dataFromLms()).isEqualTo("RANDOM");
    }

    @Test
    void detects2004FromNamespacesWhenSchemaVersionIsMissing() {
        ScormManifest manifest = parseEdgeCase("scorm2004/ContentPackagingNoSchemaVersion_SCORM20042ndEdition");

        assertThat(manifest.standard()).isEqualTo(PackageStandard.SCORM_2004_2ND_EDITION);
        assertThat(manifest.notes()).anySatisfy(note -> assertThat(note).contains("has no <schemaversion>"));
        assertThat(manifest.launchables()).singleElement().satisfies(u -> assertThat(u.tracked())
                .isTrue());
    }

    @Test
    void readsAdlAttributesOfA2004Item() {
        ScormManifest manifest = parseEdgeCase("scorm2004/AdlAttributes_SCORM20043rdEdition");

        Item item = manifest.organization().items().get(0);
        assertThat(item.dataFromLms()).isEqualTo("Launch Data");
        assertThat(item.timeLimitAction()).isEqualTo("exit,message");
        assertThat(item.completionThreshold().completedByMeasure()).isTrue();
        assertThat(item.completionThreshold().minProgressMeasure()).isEqualByComparingTo("0.75");
        assertThat(item.hideLmsUi()).containsExactly("exit", "continue");
        assertThat(item.sequencing().effectiveControlMode().choice()).isFalse();
        assertThat(item.sequencing().effectiveControlMode().flow()).isTrue();
    }

    @Test
    void minimalValidManifestParses() {
        ScormManifest manifest = parseEdgeCase("scorm2004/MinimalValid_SCORM20043rdEdition");

        assertThat(manifest.standard()).isEqualTo(PackageStandard.SCORM_2004_3RD_EDITION);
        assertThat(manifest.title()).isEqualTo("Minimal Course");
        assertThat(manifest.launchables()).singleElement().satisfies(u -> assertThat(u.launchUrl())
                .isEqualTo("index.html"));
    }

    private ScormManifest parseEdgeCase(String folder) {
        return ManifestParser.parse(SharedContent.content("manifest-edge-cases/" + folder));
    }

    private ImportedPackage importEdgeCase(String folder) {
        Path source = SharedContent.content("manifest-edge-cases/" + folder);
        Path zip = TestArchives.zipFolder(source, temp.resolve("upload.zip"));
        return new PackageImporter().importZip(zip, temp.resolve("packages").resolve("p1"));
    }

    private Stream<Path> leftovers() {
        Path packages = temp.resolve("packages");
        try {
            return Files.exists(packages) ? Files.list(packages).toList().stream() : Stream.empty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
