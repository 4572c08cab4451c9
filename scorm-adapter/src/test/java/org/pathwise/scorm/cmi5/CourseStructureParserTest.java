package org.pathwise.scorm.cmi5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

class CourseStructureParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            id-not-an-iri                             | false | cmi5.xml line 3: id "course-1" is not an IRI
            relative-url-standalone                   | true  | cmi5.xml line 10: <url> "index.html" is relative, but a cmi5.xml imported without a zip must use fully qualified URLs
            url-query-collides-with-launch-parameter  | false | cmi5.xml line 10: <url> "index.html?endpoint=https://lrs.example.com" carries the query parameter "endpoint"
            url-invalid                               | false | cmi5.xml line 10: <url> "http://exa mple.com/au.html" is not a valid URL
            move-on-unknown                           | false | cmi5.xml line 7: <au id="https://example.com/course/au1"> moveOn="Finished" is not one of Passed|Completed|CompletedAndPassed|CompletedOrPassed|NotApplicable
            mastery-score-out-of-range                | false | cmi5.xml line 7: <au id="https://example.com/course/au1"> masteryScore 1.5 is out of range [0, 1]
            launch-method-unknown                     | false | cmi5.xml line 7: <au id="https://example.com/course/au1"> launchMethod="NewTab" is not one of AnyWindow|OwnWindow
            duplicate-au-id                           | false | cmi5.xml line 12: id "https://example.com/course/au1" is used more than once (first on line 7)
            duplicate-block-id                        | false | cmi5.xml line 21: id "https://example.com/course/b1" is used more than once (first on line 12)
            duplicate-objective-id                    | false | cmi5.xml line 12: id "https://example.com/course/obj1" is used more than once (first on line 8)
            unknown-element                           | false | cmi5.xml line 12: <lesson> is not allowed in <courseStructure>
            au-without-url                            | false | cmi5.xml line 7: <au id="https://example.com/course/au1"> has no <url>
            undeclared-objective-reference            | false | cmi5.xml: "https://example.com/course/au1" references objective "https://example.com/course/nowhere", which is not declared
            wrong-namespace                           | false | cmi5.xml line 2: the root element is <courseStructure> in namespace "http://example.com/not-cmi5"
            """)
    void rejectsCourseStructureBreakingARule(String fixture, boolean standalone, String messageStart) {
        PackageImportException error =
                catchThrowableOfType(PackageImportException.class, () -> parse("invalid/" + fixture, standalone));

        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(Kind.INVALID_PACKAGE);
        assertThat(error.file()).isEqualTo("cmi5.xml");
        assertThat(error.getMessage()).startsWith(messageStart);
    }

    @Test
    void readsNestedBlocksObjectivesAndEveryAuAttribute() {
        Cmi5Course course = parse("valid/nested-blocks-objectives", true);

        assertThat(course.title()).isEqualTo("Geology");
        assertThat(course.courseTitle().values()).containsEntry("de-DE", "Geologie");
        assertThat(course.objectives())
                .extracting(Cmi5Objective::id)
                .containsExactly("https://example.com/course/obj/basics");
        assertThat(course.blocks())
                .extracting(Block::id)
                .containsExactly("https://example.com/course/block1", "https://example.com/course/block1/inner");
        AssignableUnit quiz = course.assignableUnits().get(0);
        assertThat(quiz.moveOn()).isEqualTo(MoveOn.PASSED);
        assertThat(quiz.masteryScore()).isEqualByComparingTo("0.8");
        assertThat(quiz.launchMethod()).isEqualTo(LaunchMethod.OWN_WINDOW);
        assertThat(quiz.activityType()).isEqualTo("http://adlnet.gov/expapi/activities/assessment");
        assertThat(quiz.url()).isEqualTo("https://content.example.com/quiz.html?lang=en");
        assertThat(quiz.launchParameters()).isEqualTo("{\"level\": 2}");
        assertThat(quiz.entitlementKey()).isEqualTo("xyz-123-9999");
        assertThat(quiz.objectiveIds()).containsExactly("https://example.com/course/obj/basics");
    }

    @Test
    void appliesSchemaDefaultsAndTrimsTheUrl() {
        AssignableUnit intro =
                parse("valid/nested-blocks-objectives", true).assignableUnits().get(1);

        assertThat(intro.moveOn()).isEqualTo(MoveOn.NOT_APPLICABLE);
        assertThat(intro.launchMethod()).isEqualTo(LaunchMethod.ANY_WINDOW);
        assertThat(intro.masteryScore()).isNull();
        assertThat(intro.url()).isEqualTo("https://content.example.com/intro.html");
    }

    private Cmi5Course parse(String fixture, boolean standalone) {
        try (InputStream in = getClass().getResourceAsStream("/cmi5/" + fixture + ".xml")) {
            return CourseStructureParser.parse(in, standalone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
