package org.pathwise.pathways.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pathwise.learning.content.Competency;
import org.pathwise.learning.content.CompetencyFramework;
import org.pathwise.learning.content.ContentException;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ContentModelBuilder;
import org.pathwise.learning.content.ContentPackage;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.content.MoveOn;
import org.pathwise.learning.content.Node;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.content.PrerequisiteGraph;
import org.pathwise.pathways.content.CourseContent.ItemBankTags;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseContent.NodeRef;
import org.pathwise.pathways.content.CourseContent.Prerequisite;
import org.pathwise.tool.platform.ApiException;

/**
 * Builds a {@link CourseModel} from what is stored: every problem (unknown competency or unit, cycle, bad value) is a
 * 400 naming it. Strict when checking an instructor's change; lenient when reading, where units whose package was
 * deleted since are left out rather than failing every page.
 */
public final class CourseModels {

    private static final Set<ModuleKind> TAGGABLE =
            Set.of(ModuleKind.LESSON, ModuleKind.PRACTICE, ModuleKind.PRE_TEST, ModuleKind.ASSESSMENT, ModuleKind.ITEM);

    private static final java.util.regex.Pattern BANK_ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private CourseModels() {}

    public static CourseModel build(
            CourseKey course,
            CourseContent doc,
            Map<String, LibraryUnit> library,
            List<PathwayRecord> pathways,
            boolean strict) {
        try {
            return assemble(course, doc, library, pathways, strict);
        } catch (ContentException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, e.getMessage());
        }
    }

    private static CourseModel assemble(
            CourseKey course,
            CourseContent doc,
            Map<String, LibraryUnit> library,
            List<PathwayRecord> pathways,
            boolean strict) {
        CompetencyFramework framework = CompetencyFramework.of(
                doc.framework().title(),
                doc.framework().competencies().stream()
                        .map(c -> new Competency(c.id(), c.name(), c.parentId()))
                        .toList());
        Set<String> used = new LinkedHashSet<>(doc.modules().keySet());
        pathways.forEach(p ->
                p.steps().stream().filter(s -> !doc.itemBanks().containsKey(s)).forEach(used::add));
        Set<String> items = new LinkedHashSet<>();
        doc.itemBanks().values().forEach(bank -> items.addAll(bank.items()));
        used.addAll(items);
        doc.prerequisites().forEach(p -> {
            addUnit(used, p.dependent());
            addUnit(used, p.prerequisite());
        });
        Map<String, LibraryUnit> units = new LinkedHashMap<>();
        for (String unitId : used) {
            LibraryUnit u = library.get(unitId);
            if (u != null) {
                units.put(unitId, u);
            } else if (strict) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST, "unknown unit '" + unitId + "': not in the content library");
            }
        }
        checkCycles(doc.prerequisites(), units, strict);
        ContentModelBuilder b = ContentModel.builder(framework);
        units.values().forEach(u -> b.module(module(u, doc.modules().get(u.unitId()), items.contains(u.unitId()))));
        Set<String> banks = new LinkedHashSet<>();
        doc.itemBanks().forEach((id, bank) -> {
            ItemBank built = itemBank(id, bank, units, doc, strict);
            if (built != null) {
                b.itemBank(built);
                banks.add(id);
            }
        });
        packages(units.values()).forEach(b::contentPackage);
        for (Prerequisite p : doc.prerequisites()) {
            Node dependent = node(p.dependent(), units);
            Node prerequisite = node(p.prerequisite(), units);
            if (dependent != null && prerequisite != null) {
                b.requires(dependent, prerequisite);
            }
        }
        Map<String, PathwayRecord> records = new LinkedHashMap<>();
        for (PathwayRecord p : pathways) {
            List<String> steps = p.steps().stream()
                    .filter(s -> units.containsKey(s) || banks.contains(s))
                    .map(s -> banks.contains(s) ? s : units.get(s).activityId())
                    .toList();
            b.pathway(new Pathway(p.id(), p.title(), p.role(), steps, p.dueAt()));
            records.put(p.id(), p);
        }
        return new CourseModel(course, b.build(), units, records);
    }

    private static void addUnit(Set<String> used, NodeRef ref) {
        checkRef(ref);
        if ("module".equals(ref.type())) {
            used.add(ref.id());
        }
    }

    static void checkRef(NodeRef ref) {
        if (ref == null || ref.id() == null || ref.id().isBlank()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "prerequisites: each end needs a type and an id");
        }
        if (!"module".equals(ref.type()) && !"competency".equals(ref.type())) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "prerequisites: type must be module or competency (was '" + ref.type() + "')");
        }
    }

    /** Rejects a cycle naming the library's unit ids (the content model would name activity IRIs). */
    private static void checkCycles(List<Prerequisite> prerequisites, Map<String, LibraryUnit> units, boolean strict) {
        Map<Node, Set<Node>> edges = new LinkedHashMap<>();
        for (Prerequisite p : prerequisites) {
            if (!strict && !(present(p.dependent(), units) && present(p.prerequisite(), units))) {
                continue;
            }
            edges.computeIfAbsent(plain(p.dependent()), k -> new LinkedHashSet<>())
                    .add(plain(p.prerequisite()));
        }
        PrerequisiteGraph.of(edges);
    }

    private static boolean present(NodeRef ref, Map<String, LibraryUnit> units) {
        return !"module".equals(ref.type()) || units.containsKey(ref.id());
    }

    private static Node plain(NodeRef ref) {
        return "module".equals(ref.type()) ? Node.module(ref.id()) : Node.competency(ref.id());
    }

    private static Node node(NodeRef ref, Map<String, LibraryUnit> units) {
        if ("competency".equals(ref.type())) {
            return Node.competency(ref.id());
        }
        LibraryUnit u = units.get(ref.id());
        return u == null ? null : Node.module(u.activityId());
    }

    /** An item bank id: letters, digits, dot, dash, underscore (never an activity IRI), and not a unit id. */
    static void checkBankId(String bankId, Map<String, LibraryUnit> library) {
        if (bankId == null || !BANK_ID.matcher(bankId).matches()) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "bankId: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        if (library.containsKey(bankId)) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST, "bankId: '" + bankId + "' is already a unit id of the library");
        }
    }

    private static ItemBank itemBank(
            String id, ItemBankTags tags, Map<String, LibraryUnit> units, CourseContent doc, boolean strict) {
        List<String> itemIds = new ArrayList<>();
        Set<String> competencies = new LinkedHashSet<>(tags.competencies());
        for (String unitId : tags.items()) {
            LibraryUnit u = units.get(unitId);
            if (u == null) {
                continue; // unknown units were refused (strict) or left the library since
            }
            itemIds.add(u.activityId());
            if (tags.competencies().isEmpty()) {
                ModuleTags t = doc.modules().get(unitId);
                if (t != null) {
                    competencies.addAll(t.competencies());
                }
            }
        }
        if (itemIds.isEmpty()) {
            if (strict) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST, "itemBanks." + id + ".items: none is in the library");
            }
            return null;
        }
        int listed = Math.max(itemIds.size(), tags.items().size());
        String maxField = tags.maxItems() == null && tags.length() != null ? "length" : "maxItems";
        int max = tags.max() == null ? itemIds.size() : tags.max();
        if (max < 1 || max > listed) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    maxField + ": must be between 1 and the bank's " + itemIds.size() + " items (was " + max + ")");
        }
        max = Math.min(max, itemIds.size()); // units that left the library since
        int min = tags.minItems() == null ? Math.min(ItemBank.DEFAULT_MIN_ITEMS, max) : tags.minItems();
        if (min < 1 || min > max) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "minItems: must be between 1 and maxItems (" + max + ") (was " + min + ")");
        }
        double se = tags.targetStandardError() == null
                ? ItemBank.DEFAULT_TARGET_STANDARD_ERROR
                : tags.targetStandardError();
        if (!(se > 0 && se < 1)) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "targetStandardError: must be above 0 and below 1 logit (was " + tags.targetStandardError() + ")");
        }
        int k = tags.randomesque() == null ? 1 : tags.randomesque();
        if (k < 1 || k > listed) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "randomesque: must be between 1 and the bank's " + itemIds.size() + " items (was " + k + ")");
        }
        return new ItemBank(id, tags.title(), competencies, itemIds, min, max, se, Math.min(k, itemIds.size()));
    }

    static Module module(LibraryUnit u, ModuleTags tags) {
        return module(u, tags, false);
    }

    /** The unit as a module; {@code item}: it is in an item bank, so it is an item whatever its tags say. */
    static Module module(LibraryUnit u, ModuleTags tags, boolean item) {
        if (item
                && tags != null
                && tags.kind() != null
                && !tags.kind().isBlank()
                && kind(tags.kind()) != ModuleKind.ITEM) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "items: unit '" + u.unitId() + "' is tagged " + kind(tags.kind())
                            + "; a unit in an item bank must be an item (kind ITEM, or untagged)");
        }
        MoveOn packageMoveOn = u.moveOn() == null ? null : MoveOn.fromCmi5(u.moveOn());
        if (tags == null) {
            Module plain = Module.lesson(u.activityId(), u.title(), Set.of(), Duration.ZERO)
                    .withMoveOn(packageMoveOn)
                    .withMasteryScore(u.masteryScore());
            return item ? plain.withKind(ModuleKind.ITEM) : plain;
        }
        int minutes = tags.expectedMinutes() == null ? 0 : tags.expectedMinutes();
        if (minutes < 0) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "expectedMinutes: must not be negative");
        }
        if (tags.difficulty() != null && !(Math.abs(tags.difficulty()) <= 10)) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "difficulty: must be between -10 and 10 (logits)");
        }
        MoveOn tagged = tags.moveOn() == null || tags.moveOn().isBlank() ? null : MoveOn.fromCmi5(tags.moveOn());
        return new Module(
                u.activityId(),
                u.title(),
                item ? ModuleKind.ITEM : kind(tags.kind()),
                new HashSet<>(tags.competencies()),
                tags.difficulty(),
                Duration.ofMinutes(minutes),
                tagged != null ? tagged : packageMoveOn,
                u.masteryScore());
    }

    static ModuleKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return ModuleKind.LESSON;
        }
        try {
            ModuleKind k = ModuleKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            if (TAGGABLE.contains(k)) {
                return k;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ApiException(
                ApiException.Kind.BAD_REQUEST,
                "kind: must be one of LESSON, PRACTICE, PRE_TEST, ASSESSMENT, ITEM (was '" + kind + "')");
    }

    private static List<ContentPackage> packages(java.util.Collection<LibraryUnit> units) {
        Map<String, List<LibraryUnit>> byPackage = new LinkedHashMap<>();
        units.forEach(u ->
                byPackage.computeIfAbsent(u.packageId(), k -> new ArrayList<>()).add(u));
        List<ContentPackage> out = new ArrayList<>();
        byPackage.forEach((id, list) -> {
            list.sort(Comparator.comparingInt(LibraryUnit::position));
            List<String> modules = list.stream().map(LibraryUnit::activityId).toList();
            out.add(new ContentPackage(id, modules, list.get(0).forcedSequential()));
        });
        return out;
    }
}
