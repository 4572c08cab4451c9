package org.pathwise.learning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentModelTest {

    private static final CompetencyFramework FRAMEWORK = CompetencyFramework.of(
            "test",
            List.of(
                    new Competency("basics", "Fractions basics", null),
                    new Competency("adding", "Adding fractions", null),
                    new Competency("decimals", "Decimals", null)));

    private final Module basics = lesson("https://x.org/sco/basics", "basics");
    private final Module adding = lesson("https://x.org/sco/adding", "adding");
    private final Module decimals = lesson("https://x.org/sco/decimals", "decimals");

    @Test
    void rejectsPrerequisiteCycleNamingEveryVertexOnIt() {
        ContentModelBuilder b = builder()
                .requires(Node.module(decimals.id()), Node.module(adding.id()))
                .requires(Node.module(adding.id()), Node.competency("basics"))
                .requires(Node.competency("basics"), Node.module(decimals.id()));

        assertThatThrownBy(b::build)
                .isInstanceOf(ContentException.class)
                .hasMessage("prerequisites form a cycle: module https://x.org/sco/decimals requires module "
                        + "https://x.org/sco/adding requires competency basics requires module "
                        + "https://x.org/sco/decimals")
                .extracting(e -> ((ContentException) e).kind())
                .isEqualTo(ContentException.Kind.CYCLE);
    }

    @Test
    void ordersPathwayStepsPrerequisitesFirstOtherwiseAsListed() {
        ContentModel content = builder()
                .requires(Node.competency("adding"), Node.competency("basics"))
                .requires(Node.module(decimals.id()), Node.module(adding.id()))
                .pathway(new Pathway("p", "P", "new hire", List.of(decimals.id(), adding.id(), basics.id()), null))
                .build();

        assertThat(content.orderedSteps("p")).containsExactly(basics.id(), adding.id(), decimals.id());
    }

    @Test
    void prerequisiteCompetenciesComeFromModulesCompetenciesAndRequiredModules() {
        ContentModel content = builder()
                .requires(Node.competency("adding"), Node.competency("basics"))
                .requires(Node.module(decimals.id()), Node.module(adding.id()))
                .build();

        assertThat(content.prerequisiteCompetencies(adding.id())).containsExactly("basics");
        assertThat(content.prerequisiteCompetencies(decimals.id())).containsExactly("adding");
    }

    @Test
    void findsTheScoOfACmiInteractionsActivityId() {
        ContentModel content = builder().build();

        assertThat(content.moduleForActivity(basics.id() + "/interactions/q1")).contains(basics);
        assertThat(content.moduleForActivity(basics.id())).contains(basics);
        assertThat(content.moduleForActivity("https://x.org/sco/other/interactions/q1"))
                .isEmpty();
    }

    @Test
    void selectsPathwaysByRole() {
        ContentModel content = builder()
                .pathway(new Pathway("new", "New hires", "new hire", List.of(basics.id(), adding.id()), null))
                .pathway(new Pathway("exp", "Experienced", "experienced", List.of(adding.id()), null))
                .build();

        assertThat(content.pathwaysForRole("experienced"))
                .extracting(Pathway::id)
                .containsExactly("exp");
    }

    @Test
    void rejectsModuleTaggedWithUnknownCompetency() {
        ContentModelBuilder b = ContentModel.builder(FRAMEWORK).module(lesson("https://x.org/sco/z", "geometry"));

        assertThatThrownBy(b::build)
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("geometry")
                .extracting(e -> ((ContentException) e).kind())
                .isEqualTo(ContentException.Kind.UNKNOWN_REFERENCE);
    }

    @Test
    void rejectsPathwayStepThatIsNoModule() {
        ContentModelBuilder b = builder().pathway(new Pathway("p", null, "r", List.of("https://x.org/nothing"), null));

        assertThatThrownBy(b::build).hasMessageContaining("https://x.org/nothing");
    }

    private ContentModelBuilder builder() {
        return ContentModel.builder(FRAMEWORK).module(basics).module(adding).module(decimals);
    }

    private static Module lesson(String id, String competency) {
        return Module.lesson(id, id, Set.of(competency), Duration.ofMinutes(20));
    }
}
