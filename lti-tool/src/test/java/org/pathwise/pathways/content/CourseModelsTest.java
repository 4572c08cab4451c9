package org.pathwise.pathways.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.pathways.content.CourseContent.CompetencyEntry;
import org.pathwise.pathways.content.CourseContent.Framework;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseContent.NodeRef;
import org.pathwise.pathways.content.CourseContent.Prerequisite;
import org.pathwise.tool.platform.ApiException;

class CourseModelsTest {

    static final CourseKey COURSE = new CourseKey(1, "course");
    static final Map<String, LibraryUnit> LIBRARY = new LinkedHashMap<>();

    static {
        LIBRARY.put("u1", new LibraryUnit("u1", "p", "Pkg", "Fractions", "https://t/activities/scorm/p/a", 0, false));
        LIBRARY.put("u2", new LibraryUnit("u2", "p", "Pkg", "Decimals", "https://t/activities/scorm/p/b", 1, false));
        LIBRARY.put("u3", new LibraryUnit("u3", "q", "Other", "Quiz", "https://t/activities/scorm/q/c", 0, true));
    }

    static CourseContent content(List<Prerequisite> prerequisites) {
        return new CourseContent(
                new Framework(
                        "Maths",
                        List.of(
                                new CompetencyEntry("frac", "Fractions", null),
                                new CompetencyEntry("dec", "Decimals", null))),
                Map.of(
                        "u1", new ModuleTags("LESSON", List.of("frac"), null, 10, null),
                        "u2", new ModuleTags("lesson", List.of("dec"), 0.5, 15, "Completed"),
                        "u3", new ModuleTags("ASSESSMENT", List.of("frac", "dec"), null, null, null)),
                prerequisites,
                3);
    }

    static PathwayRecord pathway(List<String> steps) {
        return new PathwayRecord("pw", COURSE, "Path", "new-hire", steps, null, null, null);
    }

    @Test
    void modulesAreKeyedByActivityIdAndTranslateBackToUnits() {
        CourseModel m =
                CourseModels.build(COURSE, content(List.of()), LIBRARY, List.of(pathway(List.of("u2", "u1"))), true);
        assertThat(m.content()
                        .module("https://t/activities/scorm/p/b")
                        .orElseThrow()
                        .competencies())
                .containsExactly("dec");
        assertThat(m.content()
                        .module("https://t/activities/scorm/p/b")
                        .orElseThrow()
                        .title())
                .isEqualTo("Decimals");
        assertThat(m.content()
                        .module("https://t/activities/scorm/q/c")
                        .orElseThrow()
                        .kind())
                .isEqualTo(ModuleKind.ASSESSMENT);
        assertThat(m.unitOfModule("https://t/activities/scorm/p/a")
                        .orElseThrow()
                        .unitId())
                .isEqualTo("u1");
        assertThat(m.pathway("pw").steps())
                .containsExactly("https://t/activities/scorm/p/b", "https://t/activities/scorm/p/a");
        assertThat(m.content()
                        .packageOf("https://t/activities/scorm/q/c")
                        .orElseThrow()
                        .forcedSequential())
                .isTrue();
    }

    @Test
    void prerequisitesOrderThePathway() {
        List<Prerequisite> decNeedsFrac =
                List.of(new Prerequisite(new NodeRef("competency", "dec"), new NodeRef("competency", "frac")));
        CourseModel m =
                CourseModels.build(COURSE, content(decNeedsFrac), LIBRARY, List.of(pathway(List.of("u2", "u1"))), true);
        assertThat(m.content().orderedSteps("pw"))
                .containsExactly("https://t/activities/scorm/p/a", "https://t/activities/scorm/p/b");
    }

    @Test
    void aCycleIsRefusedNamingItsUnitsAndCompetencies() {
        List<Prerequisite> cycle = List.of(
                new Prerequisite(new NodeRef("module", "u1"), new NodeRef("competency", "dec")),
                new Prerequisite(new NodeRef("competency", "dec"), new NodeRef("module", "u1")));
        assertThatThrownBy(() -> CourseModels.build(COURSE, content(cycle), LIBRARY, List.of(), true))
                .isInstanceOf(ApiException.class)
                .hasMessage("prerequisites form a cycle: module u1 requires competency dec requires module u1")
                .extracting(e -> ((ApiException) e).kind())
                .isEqualTo(ApiException.Kind.BAD_REQUEST);
    }

    @Test
    void unknownCompetencyUnitKindAndMoveOnAreRefusedByName() {
        CourseContent unknownCompetency =
                content(List.of()).withModule("u1", new ModuleTags("LESSON", List.of("algebra"), null, null, null));
        assertThatThrownBy(() -> CourseModels.build(COURSE, unknownCompetency, LIBRARY, List.of(), true))
                .hasMessageContaining("unknown competency 'algebra'");
        assertThatThrownBy(() -> CourseModels.build(
                        COURSE, content(List.of()), LIBRARY, List.of(pathway(List.of("gone"))), true))
                .hasMessageContaining("unknown unit 'gone'");
        CourseContent badKind =
                content(List.of()).withModule("u1", new ModuleTags("VIDEO", List.of("frac"), null, null, null));
        assertThatThrownBy(() -> CourseModels.build(COURSE, badKind, LIBRARY, List.of(), true))
                .hasMessageContaining("kind: must be one of");
        CourseContent badMoveOn =
                content(List.of()).withModule("u1", new ModuleTags("LESSON", List.of("frac"), null, null, "Sometimes"));
        assertThatThrownBy(() -> CourseModels.build(COURSE, badMoveOn, LIBRARY, List.of(), true))
                .hasMessageContaining("unknown cmi5 moveOn 'Sometimes'");
    }

    @Test
    void readingLeavesOutUnitsWhosePackageWasDeleted() {
        Map<String, LibraryUnit> shrunk = new LinkedHashMap<>(LIBRARY);
        shrunk.remove("u3");
        CourseModel m =
                CourseModels.build(COURSE, content(List.of()), shrunk, List.of(pathway(List.of("u3", "u1"))), false);
        assertThat(m.pathway("pw").steps()).containsExactly("https://t/activities/scorm/p/a");
    }

    @Test
    void longContextIdsAreHashedIntoTheKey() {
        assertThat(new CourseKey(7, "c1").value()).isEqualTo("7:c1");
        assertThat(new CourseKey(7, null).value()).isEqualTo("7:none");
        assertThat(new CourseKey(7, "x".repeat(255)).value())
                .startsWith("7:sha256-")
                .hasSize(2 + 7 + 64);
    }
}
