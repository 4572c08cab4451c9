package org.pathwise.pathways.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored content model of a course, as the API shows it: the competency framework, the tags of its modules (by
 * unit id of the content library) and the prerequisites.
 *
 * @param framework the competencies (empty until one is imported)
 * @param modules per unit id: its tags
 * @param prerequisites "dependent requires prerequisite" edges
 * @param version increases with each change
 * @param itemBanks per bank id: an adaptive assessment a pathway can list as one step
 */
public record CourseContent(
        Framework framework,
        Map<String, ModuleTags> modules,
        List<Prerequisite> prerequisites,
        int version,
        Map<String, ItemBankTags> itemBanks) {

    public static final CourseContent EMPTY = new CourseContent(new Framework("", List.of()), Map.of(), List.of(), 0);

    public CourseContent {
        framework = framework == null ? new Framework("", List.of()) : framework;
        modules = modules == null ? Map.of() : new LinkedHashMap<>(modules);
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        itemBanks = itemBanks == null ? Map.of() : new LinkedHashMap<>(itemBanks);
    }

    /** A content model without item banks. */
    public CourseContent(
            Framework framework, Map<String, ModuleTags> modules, List<Prerequisite> prerequisites, int version) {
        this(framework, modules, prerequisites, version, Map.of());
    }

    /** The same content at another version. */
    public CourseContent withVersion(int newVersion) {
        return new CourseContent(framework, modules, prerequisites, newVersion, itemBanks);
    }

    /** The content with the bank replaced, added, or removed ({@code bank} null). */
    public CourseContent withItemBank(String bankId, ItemBankTags bank) {
        Map<String, ItemBankTags> b = new LinkedHashMap<>(itemBanks);
        if (bank == null) {
            b.remove(bankId);
        } else {
            b.put(bankId, bank);
        }
        return new CourseContent(framework, modules, prerequisites, version, b);
    }

    public CourseContent withFramework(Framework f) {
        return new CourseContent(f, modules, prerequisites, version, itemBanks);
    }

    public CourseContent withModule(String unitId, ModuleTags tags) {
        Map<String, ModuleTags> m = new LinkedHashMap<>(modules);
        if (tags == null) {
            m.remove(unitId);
        } else {
            m.put(unitId, tags);
        }
        return new CourseContent(framework, m, prerequisites, version, itemBanks);
    }

    public CourseContent withPrerequisites(List<Prerequisite> p) {
        return new CourseContent(framework, modules, p, version, itemBanks);
    }

    /** A competency framework. */
    public record Framework(String title, List<CompetencyEntry> competencies) {
        public Framework {
            title = title == null ? "" : title;
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
        }
    }

    /** One competency: id, name, parent id (or null). */
    public record CompetencyEntry(String id, String name, String parentId) {}

    /**
     * What an instructor says about a module.
     *
     * @param kind LESSON, PRACTICE, PRE_TEST, ASSESSMENT or ITEM (default LESSON; a unit in an item bank is an item)
     * @param competencies competency ids it teaches or assesses
     * @param difficulty designer's difficulty in logits (about -3 easy to 3 hard), or null
     * @param expectedMinutes how long it usually takes, or null
     * @param moveOn cmi5 moveOn (Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable), or null
     */
    public record ModuleTags(
            String kind, List<String> competencies, Double difficulty, Integer expectedMinutes, String moveOn) {
        public ModuleTags {
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
        }
    }

    /**
     * An item bank: units answered as assessment items, each chosen as the one with the most information at the
     * learner's current ability (1PL: predicted success closest to one half), until the standard error of the ability
     * estimate is at most {@code targetStandardError} (after at least {@code minItems} answers) or {@code maxItems}
     * answers.
     *
     * @param title shown to learners
     * @param competencies what it assesses (default: the competencies its items are tagged with)
     * @param items unit ids of its items (tag them with competencies and, optionally, a difficulty in logits)
     * @param length the former name of {@code maxItems}, still accepted
     * @param minItems answers before the precision rule may end the test (default 3, or maxItems when lower)
     * @param maxItems answers after which the test ends (default: all items)
     * @param targetStandardError standard error of the ability estimate (logits) that ends the test (default 0.5)
     * @param randomesque draw each item among this many most informative ones (exposure control; default 1)
     */
    public record ItemBankTags(
            String title,
            List<String> competencies,
            List<String> items,
            Integer length,
            Integer minItems,
            Integer maxItems,
            Double targetStandardError,
            Integer randomesque) {
        public ItemBankTags {
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** A bank of at most {@code length} items with the default stopping rule. */
        public ItemBankTags(String title, List<String> competencies, List<String> items, Integer length) {
            this(title, competencies, items, length, null, null, null, null);
        }

        /** The maximum of answers asked for: {@code maxItems}, else {@code length}, else null (all items). */
        public Integer max() {
            return maxItems != null ? maxItems : length;
        }
    }

    /** A vertex: {@code type} is {@code module} (id a unit id) or {@code competency}. */
    public record NodeRef(String type, String id) {}

    /** {@code dependent} requires {@code prerequisite}. */
    public record Prerequisite(NodeRef dependent, NodeRef prerequisite) {}
}
