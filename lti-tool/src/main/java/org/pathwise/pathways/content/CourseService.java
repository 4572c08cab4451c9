package org.pathwise.pathways.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathwise.learning.content.CaseFrameworkReader;
import org.pathwise.learning.content.CompetencyFramework;
import org.pathwise.learning.content.ContentException;
import org.pathwise.learning.content.CsvFrameworkReader;
import org.pathwise.pathways.content.CourseContent.CompetencyEntry;
import org.pathwise.pathways.content.CourseContent.Framework;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseContent.Prerequisite;
import org.pathwise.tool.platform.ApiException;

/**
 * A course's content model and pathways: every change is checked by building the whole content model from it
 * (unknown ids, cycles, values) before it is stored.
 */
@ApplicationScoped
public class CourseService {

    @Inject
    CourseContentStore contents;

    @Inject
    PathwayStore pathways;

    @Inject
    UnitCatalog catalog;

    /** The course's content model with its pathways, for the learner model and the sequencer. */
    public CourseModel model(CourseKey course) {
        return CourseModels.build(course, contents.find(course), catalog.all(), pathways.ofCourse(course), false);
    }

    public CourseContent content(CourseKey course) {
        return contents.find(course);
    }

    public Map<String, LibraryUnit> units() {
        return catalog.all();
    }

    /** Replaces the framework with one read from CASE JSON ({@code csv false}) or CSV. */
    public CourseContent importFramework(CourseKey course, byte[] upload, boolean csv, String title) {
        CompetencyFramework f;
        try {
            f = csv
                    ? CsvFrameworkReader.read(
                            title == null ? "" : title,
                            new InputStreamReader(new ByteArrayInputStream(upload), StandardCharsets.UTF_8))
                    : CaseFrameworkReader.read(new ByteArrayInputStream(upload));
        } catch (ContentException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "framework: " + e.getMessage());
        }
        List<CompetencyEntry> entries = new ArrayList<>();
        f.competencies().forEach(c -> entries.add(new CompetencyEntry(c.id(), c.name(), c.parentId())));
        String name = title != null && !title.isBlank() ? title : f.title();
        return change(course, contents.find(course).withFramework(new Framework(name, entries)));
    }

    public CourseContent tag(CourseKey course, String unitId, ModuleTags tags) {
        if (tags != null) {
            requireUnits(List.of(unitId));
            CourseModels.kind(tags.kind());
        }
        return change(course, contents.find(course).withModule(unitId, tags));
    }

    /** Creates or replaces an item bank (the units it lists become items), or removes it ({@code bank} null). */
    public CourseContent setItemBank(CourseKey course, String bankId, CourseContent.ItemBankTags bank) {
        CourseContent content = contents.find(course);
        if (bank == null) {
            if (!content.itemBanks().containsKey(bankId)) {
                throw new ApiException(ApiException.Kind.NOT_FOUND, "No item bank '" + bankId + "' here");
            }
            for (PathwayRecord p : pathways.ofCourse(course)) {
                if (p.steps().contains(bankId)) {
                    throw new ApiException(
                            ApiException.Kind.CONFLICT,
                            "item bank '" + bankId + "' is a step of pathway '" + p.title()
                                    + "': remove it there first");
                }
            }
            return change(course, content.withItemBank(bankId, null));
        }
        checkBank(bankId, bank);
        return change(course, content.withItemBank(bankId, bank));
    }

    /**
     * Creates or replaces an item bank together with its items' tags (kind ITEM, competencies, difficulty), in one
     * change: nothing is saved when either is refused.
     */
    public CourseContent setItemBank(
            CourseKey course, String bankId, CourseContent.ItemBankTags bank, Map<String, ModuleTags> itemTags) {
        if (bank == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "body: give {title, items}");
        }
        checkBank(bankId, bank);
        CourseContent next = contents.find(course);
        for (Map.Entry<String, ModuleTags> e : itemTags.entrySet()) {
            CourseModels.kind(e.getValue().kind());
            next = next.withModule(e.getKey(), e.getValue());
        }
        return change(course, next.withItemBank(bankId, bank));
    }

    private void checkBank(String bankId, CourseContent.ItemBankTags bank) {
        CourseModels.checkBankId(bankId, catalog.all());
        if (bank.items().isEmpty()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "items: give at least one unit id");
        }
        if (bank.items().stream().distinct().count() != bank.items().size()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "items: a unit is listed twice");
        }
        requireUnits(bank.items(), "items");
        if (bank.length() != null && bank.maxItems() != null && !bank.length().equals(bank.maxItems())) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST, "length: the former name of maxItems; give one of them");
        }
    }

    public CourseContent setPrerequisites(CourseKey course, List<Prerequisite> prerequisites) {
        if (prerequisites == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "prerequisites: give a JSON array");
        }
        for (Prerequisite p : prerequisites) {
            if (p == null) {
                throw new ApiException(ApiException.Kind.BAD_REQUEST, "prerequisites: an entry is null");
            }
            CourseModels.checkRef(p.dependent());
            CourseModels.checkRef(p.prerequisite());
            for (var ref : List.of(p.dependent(), p.prerequisite())) {
                if ("module".equals(ref.type())) {
                    requireUnits(List.of(ref.id()));
                }
            }
        }
        return change(course, contents.find(course).withPrerequisites(prerequisites));
    }

    public CourseContent addPrerequisite(CourseKey course, Prerequisite p) {
        List<Prerequisite> all = new ArrayList<>(contents.find(course).prerequisites());
        if (!all.contains(p)) {
            all.add(p);
        }
        return setPrerequisites(course, all);
    }

    public List<PathwayRecord> pathways(CourseKey course) {
        return pathways.ofCourse(course);
    }

    /** The pathway, if it belongs to this course (another course's pathway is 404, not 403). */
    public PathwayRecord pathway(CourseKey course, String id) {
        return pathways.find(id)
                .filter(p -> p.course().equals(course))
                .orElseThrow(() -> new ApiException(ApiException.Kind.NOT_FOUND, "No pathway '" + id + "' here"));
    }

    public PathwayRecord createPathway(CourseKey course, PathwayInput in) {
        PathwayRecord p = in.toRecord(UUID.randomUUID().toString(), course, PathwayRecord.Overrides.NONE);
        check(course, p);
        pathways.insert(p);
        return p;
    }

    public PathwayRecord updatePathway(CourseKey course, String id, PathwayInput in) {
        PathwayRecord old = pathway(course, id);
        PathwayRecord p = in.toRecord(id, course, old.overrides());
        check(course, p);
        pathways.update(p);
        return p;
    }

    public PathwayRecord setOverrides(CourseKey course, String id, PathwayRecord.Overrides overrides) {
        PathwayRecord p =
                pathway(course, id).withOverrides(overrides == null ? PathwayRecord.Overrides.NONE : overrides);
        List<String> units = new ArrayList<>(p.overrides().pins().keySet());
        units.addAll(p.overrides().skips());
        units.addAll(p.overrides().order());
        units.addAll(p.overrides().nextForLearner().values());
        requireUnits(units);
        p.overrides().pins().forEach((u, pos) -> {
            if (pos == null || pos < 1) {
                throw new ApiException(ApiException.Kind.BAD_REQUEST, "pins." + u + ": position must be at least 1");
            }
        });
        check(course, p);
        pathways.update(p);
        return p;
    }

    public void deletePathway(CourseKey course, String id) {
        pathways.delete(pathway(course, id).id());
    }

    private void check(CourseKey course, PathwayRecord p) {
        CourseContent content = contents.find(course);
        requireUnits(
                p.steps().stream()
                        .filter(s -> !content.itemBanks().containsKey(s))
                        .toList(),
                "steps");
        List<PathwayRecord> all = new ArrayList<>(pathways.ofCourse(course));
        all.removeIf(x -> x.id().equals(p.id()));
        all.add(p);
        CourseModels.build(course, contents.find(course), catalog.all(), all, false);
    }

    private CourseContent change(CourseKey course, CourseContent next) {
        CourseModels.build(course, next, catalog.all(), pathways.ofCourse(course), false);
        return contents.save(course, next);
    }

    private void requireUnits(List<String> unitIds) {
        requireUnits(unitIds, null);
    }

    private void requireUnits(List<String> unitIds, String field) {
        Map<String, LibraryUnit> all = catalog.all();
        for (String u : unitIds) {
            if (u == null || !all.containsKey(u)) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST,
                        (field == null ? "" : field + ": ") + "unknown unit '" + u + "': not in the content library"
                                + ("steps".equals(field) ? " nor an item bank of this course" : ""));
            }
        }
    }

    /** The JSON body that creates or replaces a pathway. */
    public record PathwayInput(String title, String role, List<String> steps, String gradeMode, String dueDate) {

        PathwayRecord toRecord(String id, CourseKey course, PathwayRecord.Overrides overrides) {
            if (title == null || title.isBlank()) {
                throw new ApiException(ApiException.Kind.BAD_REQUEST, "title: required");
            }
            if (steps == null || steps.isEmpty()) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST, "steps: give at least one unit id or item bank id");
            }
            if (steps.stream().distinct().count() != steps.size()) {
                throw new ApiException(ApiException.Kind.BAD_REQUEST, "steps: a unit is listed twice");
            }
            return new PathwayRecord(
                    id,
                    course,
                    title.trim(),
                    role == null || role.isBlank() ? "all" : role.trim(),
                    steps,
                    overrides,
                    PathwayRecord.GradeMode.parse(gradeMode),
                    due(dueDate));
        }

        private static Instant due(String dueDate) {
            if (dueDate == null || dueDate.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(dueDate);
            } catch (DateTimeParseException e) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST, "dueDate: an ISO instant such as 2026-12-31T23:59:00Z");
            }
        }
    }
}
