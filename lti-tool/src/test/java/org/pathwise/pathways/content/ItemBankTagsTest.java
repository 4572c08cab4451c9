package org.pathwise.pathways.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.content.PathwayOverrides;
import org.pathwise.learning.model.LearnerModel;
import org.pathwise.learning.sequencing.Decision;
import org.pathwise.learning.sequencing.LearnerProgress;
import org.pathwise.learning.sequencing.ProgressEvent;
import org.pathwise.learning.sequencing.ProgressKind;
import org.pathwise.learning.sequencing.ReasonCode;
import org.pathwise.learning.sequencing.Sequencer;
import org.pathwise.learning.sequencing.SequencerSettings;
import org.pathwise.pathways.content.CourseContent.CompetencyEntry;
import org.pathwise.pathways.content.CourseContent.Framework;
import org.pathwise.pathways.content.CourseContent.ItemBankTags;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.record.ParameterStore;
import org.pathwise.tool.platform.ApiException;

/** Item banks as the course content stores them: units become items, a pathway lists the bank as one step. */
class ItemBankTagsTest {

    static final CourseKey COURSE = new CourseKey(1, "course");
    static final Map<String, LibraryUnit> LIBRARY = new LinkedHashMap<>();
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static {
        LIBRARY.put("easy", unit("easy", 0));
        LIBRARY.put("medium", unit("medium", 1));
        LIBRARY.put("hard", unit("hard", 2));
        LIBRARY.put("lesson", unit("lesson", 3));
    }

    static LibraryUnit unit(String id, int position) {
        return new LibraryUnit(id, "p", "Pkg", "Question " + id, "https://t/activities/scorm/p/" + id, position, false);
    }

    static String activity(String unitId) {
        return LIBRARY.get(unitId).activityId();
    }

    static CourseContent content(Integer length) {
        Map<String, ModuleTags> tags = new LinkedHashMap<>();
        tags.put("easy", new ModuleTags("ITEM", List.of("frac"), -2.0, null, null));
        tags.put("medium", new ModuleTags(null, List.of("frac"), 0.2, null, null));
        tags.put("hard", new ModuleTags("ITEM", List.of("frac"), 2.0, null, null));
        tags.put("lesson", new ModuleTags("LESSON", List.of("frac"), null, null, null));
        return new CourseContent(
                        new Framework("Maths", List.of(new CompetencyEntry("frac", "Fractions", null))),
                        tags,
                        List.of(),
                        1)
                .withItemBank(
                        "check", new ItemBankTags("Fractions check", null, List.of("easy", "medium", "hard"), length));
    }

    static PathwayRecord pathway() {
        return new PathwayRecord("pw", COURSE, "Path", "all", List.of("check", "lesson"), null, null, null);
    }

    @Test
    void aBankListedAsAStepIsAnItemBankOfItsUnitsAsItems() {
        CourseModel m = CourseModels.build(COURSE, content(2), LIBRARY, List.of(pathway()), true);

        ItemBank bank = m.content().itemBank("check").orElseThrow();
        assertThat(bank.title()).isEqualTo("Fractions check");
        assertThat(bank.itemIds()).containsExactly(activity("easy"), activity("medium"), activity("hard"));
        assertThat(bank.maxItems()).as("length: the former name of maxItems").isEqualTo(2);
        assertThat(bank.minItems()).as("default 3, capped by the maximum").isEqualTo(2);
        assertThat(bank.targetStandardError()).isEqualTo(ItemBank.DEFAULT_TARGET_STANDARD_ERROR);
        assertThat(bank.randomesque()).isEqualTo(1);
        assertThat(bank.competencies()).as("taken from the items' tags").containsExactly("frac");
        assertThat(m.content().module(activity("medium")).orElseThrow().kind())
                .as("untagged kind: an item because it is in the bank")
                .isEqualTo(ModuleKind.ITEM);
        assertThat(m.pathway("pw").steps()).containsExactly("check", activity("lesson"));
    }

    @Test
    void theNextStepIsTheBanksItemWithMostInformationAtTheLearnersAbility() {
        CourseModel m = CourseModels.build(COURSE, content(2), LIBRARY, List.of(pathway()), true);
        LearnerModel model = LearnerModel.of(ParameterStore.defaults());
        Sequencer sequencer = new Sequencer(m.content(), SequencerSettings.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

        Decision first = sequencer
                .plan("ana", m.pathway("pw"), PathwayOverrides.NONE, model, LearnerProgress.empty("ana"))
                .next();
        LearnerProgress answered = LearnerProgress.empty("ana")
                .apply(new ProgressEvent("ana", activity("medium"), ProgressKind.PASSED, NOW, null));
        Decision second = sequencer
                .plan("ana", m.pathway("pw"), PathwayOverrides.NONE, model, answered)
                .next();

        assertThat(first.stepId()).isEqualTo("check");
        assertThat(first.reason()).isEqualTo(ReasonCode.ADAPTIVE_ITEM);
        assertThat(first.moduleId())
                .as("ability 0: the item of difficulty 0.2 is the closest to a 50% chance")
                .isEqualTo(activity("medium"));
        assertThat(second.moduleId())
                .as("a passed item counts as answered; the easy and hard items are equally informative")
                .isIn(activity("easy"), activity("hard"))
                .isNotEqualTo(activity("medium"));
    }

    @Test
    void theStoppingRuleAndExposureControlAreTakenFromTheStoredBank() {
        CourseContent doc = content(null)
                .withItemBank(
                        "check",
                        new ItemBankTags(
                                "Fractions check", null, List.of("easy", "medium", "hard"), null, 2, 3, 0.4, 2));

        ItemBank bank = CourseModels.build(COURSE, doc, LIBRARY, List.of(pathway()), true)
                .content()
                .itemBank("check")
                .orElseThrow();

        assertThat(bank.minItems()).isEqualTo(2);
        assertThat(bank.maxItems()).isEqualTo(3);
        assertThat(bank.targetStandardError()).isEqualTo(0.4);
        assertThat(bank.randomesque()).isEqualTo(2);
        ItemBank defaults = CourseModels.build(COURSE, content(null), LIBRARY, List.of(), true)
                .content()
                .itemBank("check")
                .orElseThrow();
        assertThat(defaults.maxItems()).as("default: every item").isEqualTo(3);
        assertThat(defaults.minItems()).isEqualTo(3);
    }

    @Test
    void badStoppingRulesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> build(bank(null, 3, 4, null, null)))
                .hasMessage("maxItems: must be between 1 and the bank's 3 items (was 4)");
        assertThatThrownBy(() -> build(bank(null, 3, 2, null, null)))
                .hasMessage("minItems: must be between 1 and maxItems (2) (was 3)");
        assertThatThrownBy(() -> build(bank(null, 0, null, null, null)))
                .hasMessage("minItems: must be between 1 and maxItems (3) (was 0)");
        assertThatThrownBy(() -> build(bank(null, null, null, 1.0, null)))
                .hasMessage("targetStandardError: must be above 0 and below 1 logit (was 1.0)");
        assertThatThrownBy(() -> build(bank(null, null, null, 0.0, null)))
                .hasMessage("targetStandardError: must be above 0 and below 1 logit (was 0.0)");
        assertThatThrownBy(() -> build(bank(null, null, null, null, 4)))
                .hasMessage("randomesque: must be between 1 and the bank's 3 items (was 4)");
    }

    private static ItemBankTags bank(Integer length, Integer min, Integer max, Double se, Integer randomesque) {
        return new ItemBankTags(
                "Fractions check", null, List.of("easy", "medium", "hard"), length, min, max, se, randomesque);
    }

    private static CourseModel build(ItemBankTags bank) {
        return CourseModels.build(COURSE, content(null).withItemBank("check", bank), LIBRARY, List.of(), true);
    }

    @Test
    void badBanksAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CourseModels.build(COURSE, content(4), LIBRARY, List.of(), true))
                .isInstanceOf(ApiException.class)
                .hasMessage("length: must be between 1 and the bank's 3 items (was 4)");
        CourseContent lessonInBank = content(1)
                .withItemBank("mixed", new ItemBankTags("Mixed", List.of("frac"), List.of("easy", "lesson"), 1));
        assertThatThrownBy(() -> CourseModels.build(COURSE, lessonInBank, LIBRARY, List.of(), true))
                .hasMessage("items: unit 'lesson' is tagged LESSON; a unit in an item bank must be an item"
                        + " (kind ITEM, or untagged)");
        CourseContent unknownCompetency =
                content(1).withItemBank("other", new ItemBankTags("Other", List.of("algebra"), List.of("easy"), 1));
        assertThatThrownBy(() -> CourseModels.build(COURSE, unknownCompetency, LIBRARY, List.of(), true))
                .hasMessageContaining("unknown competency 'algebra'");
        assertThatThrownBy(() -> CourseModels.checkBankId("https://t/bank", LIBRARY))
                .hasMessageStartingWith("bankId: 1 to 64 letters");
        assertThatThrownBy(() -> CourseModels.checkBankId("easy", LIBRARY))
                .hasMessage("bankId: 'easy' is already a unit id of the library");
    }
}
