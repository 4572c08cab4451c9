package org.pathwise.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.LaunchMethod;
import org.pathwise.scorm.cmi5.MoveOn;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.PackageStandard;

/** The cmi5 sample zips, imported as they are; expected figures read off each cmi5.xml. */
class Cmi5PackagesImportTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            emp-cmi5-sample.zip            | 1 | 0 | Introduction to Geology - Framed Style - Mastery Score     | index.html
            masteryscore_framed.zip        | 1 | 0 | Introduction to Geology - Framed Style - Mastery Score     | index.html
            masteryscore_responsive.zip    | 1 | 0 | Introduction to Geology - Responsive Style - Mastery Score | index.html
            multi_au_framed.zip            | 8 | 0 | Introduction to Geology - Multi AU at Root                 | index.html?pages=1&complete=launch
            pre_post_test_framed.zip       | 6 | 2 | Introduction to Geology - Pre/Post Test                    | pre1.html
            single_au_basic_framed.zip     | 1 | 0 | Introduction to Geology - Framed Style                     | index.html
            single_au_basic_responsive.zip | 1 | 0 | Introduction to Geology - Responsive Style                 | index.html
            """)
    void importsCmi5SampleWithItsStructure(String zip, int aus, int blocks, String title, String firstUrl)
            throws IOException {
        ImportedPackage imported = importSample(zip);

        Cmi5Course course = (Cmi5Course) imported.content();
        assertThat(course.standard()).isEqualTo(PackageStandard.CMI5);
        assertThat(course.title()).isEqualTo(title);
        assertThat(course.assignableUnits()).hasSize(aus);
        assertThat(course.blocks()).hasSize(blocks);
        assertThat(course.launchables().get(0).launchUrl()).isEqualTo(firstUrl);
        assertThat(imported.root().resolve("cmi5.xml")).isRegularFile();
    }

    @Test
    void readsMasteryScoreMoveOnAndLaunchMethod() throws IOException {
        AssignableUnit au = ((Cmi5Course)
                        importSample("masteryscore_framed.zip").content())
                .assignableUnits()
                .get(0);

        assertThat(au.masteryScore()).isEqualByComparingTo("0.3");
        assertThat(au.moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
        assertThat(au.launchMethod()).isEqualTo(LaunchMethod.OWN_WINDOW);
    }

    @Test
    void multiAuQuizNeedsCompletedAndPassed() throws IOException {
        Cmi5Course course = (Cmi5Course) importSample("multi_au_framed.zip").content();

        assertThat(course.assignableUnits().get(7).id())
                .isEqualTo("https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-multi-au-framed/quiz");
        assertThat(course.assignableUnits().get(7).moveOn()).isEqualTo(MoveOn.COMPLETED_AND_PASSED);
    }

    @Test
    void rejectsZipWhoseAuFileIsMissing() {
        Path zip = TestArchives.zip(temp.resolve("missing.zip"), Map.of("cmi5.xml", courseStructure("launch/au.html")));

        PackageImportException error = catchThrowableOfType(
                PackageImportException.class, () -> new PackageImporter().importZip(zip, temp.resolve("out")));

        assertThat(error.kind()).isEqualTo(Kind.MISSING_FILE);
        assertThat(error.getMessage())
                .isEqualTo("cmi5.xml: launch file is missing from the package: launch/au.html (launched by"
                        + " \"https://example.com/c/au\")");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void importsStandaloneCourseStructureWithAbsoluteUrls() {
        byte[] xml = courseStructure("https://content.example.com/au.html");

        ImportedPackage imported = new PackageImporter().importUpload(new ByteArrayInputStream(xml), temp.resolve("s"));

        assertThat(imported.content().launchables()).singleElement().satisfies(u -> assertThat(u.launchUrl())
                .isEqualTo("https://content.example.com/au.html"));
        assertThat(imported.root().resolve("cmi5.xml")).isRegularFile();
    }

    @Test
    void rejectsStandaloneCourseStructureWithRelativeUrl() {
        byte[] xml = courseStructure("au.html");

        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> new PackageImporter()
                .importUpload(new ByteArrayInputStream(xml), temp.resolve("s")));

        assertThat(error.getMessage()).contains("is relative, but a cmi5.xml imported without a zip");
        assertThat(temp.resolve("s")).doesNotExist();
    }

    private ImportedPackage importSample(String zip) throws IOException {
        try (InputStream upload = Files.newInputStream(SharedContent.content("cmi5/" + zip))) {
            return new PackageImporter()
                    .importUpload(upload, temp.resolve("imported").resolve(zip));
        }
    }

    private static byte[] courseStructure(String url) {
        return ("<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">"
                        + "<course id=\"https://example.com/c\"><title><langstring>C</langstring></title>"
                        + "<description><langstring>C</langstring></description></course>"
                        + "<au id=\"https://example.com/c/au\"><title><langstring>A</langstring></title>"
                        + "<description><langstring>A</langstring></description><url>" + url + "</url></au>"
                        + "</courseStructure>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
