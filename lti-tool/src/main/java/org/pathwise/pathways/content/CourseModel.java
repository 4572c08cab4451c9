package org.pathwise.pathways.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.content.PathwayOverrides;

/**
 * A course's content model ready for the learner model and the sequencer (module ids are activity ids), with the
 * translation between the library's unit ids and those activity ids.
 */
public final class CourseModel {

    private final CourseKey course;
    private final ContentModel content;
    private final Map<String, LibraryUnit> units;
    private final Map<String, LibraryUnit> byActivity = new HashMap<>();
    private final Map<String, PathwayRecord> pathways;

    CourseModel(
            CourseKey course, ContentModel content, Map<String, LibraryUnit> units, Map<String, PathwayRecord> paths) {
        this.course = course;
        this.content = content;
        this.units = Map.copyOf(units);
        this.pathways = Map.copyOf(paths);
        units.values().forEach(u -> byActivity.put(u.activityId(), u));
    }

    private volatile String fingerprint;

    /**
     * A digest of what turns statements into learner state: each module's id, kind, competencies, moveOn and mastery
     * score. Stored learner states computed under another fingerprint are rebuilt.
     */
    public String fingerprint() {
        if (fingerprint == null) {
            StringBuilder b = new StringBuilder();
            content.modules().stream()
                    .sorted(java.util.Comparator.comparing(org.pathwise.learning.content.Module::id))
                    .forEach(m -> b.append(m.id())
                            .append('|')
                            .append(m.kind())
                            .append('|')
                            .append(new java.util.TreeSet<>(m.competencies()))
                            .append('|')
                            .append(m.moveOn())
                            .append('|')
                            .append(m.masteryScore())
                            .append('\n'));
            try {
                fingerprint = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return fingerprint;
    }

    public CourseKey course() {
        return course;
    }

    public ContentModel content() {
        return content;
    }

    /** The library unit of a content model module (activity id). */
    public Optional<LibraryUnit> unitOfModule(String activityId) {
        return Optional.ofNullable(activityId).map(byActivity::get);
    }

    public Optional<LibraryUnit> unit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    public Optional<PathwayRecord> pathwayRecord(String id) {
        return Optional.ofNullable(pathways.get(id));
    }

    /** The pathway as the sequencer sees it (steps as activity ids). */
    public Pathway pathway(String id) {
        return content.pathway(id);
    }

    /** The record's overrides in activity ids (entries about units gone from the library are dropped). */
    public PathwayOverrides overrides(PathwayRecord p) {
        PathwayRecord.Overrides o = p.overrides();
        Map<String, Integer> pins = new HashMap<>();
        o.pins().forEach((u, pos) -> activity(u).ifPresent(a -> pins.put(a, pos)));
        Map<String, String> next = new HashMap<>();
        o.nextForLearner().forEach((l, u) -> activity(u).ifPresent(a -> next.put(l, a)));
        return new PathwayOverrides(pins, java.util.Set.copyOf(activities(o.skips())), activities(o.order()), next);
    }

    /** The unit ids' activity ids, dropping units not in the library. */
    public List<String> activities(List<String> unitIds) {
        return unitIds.stream().flatMap(u -> activity(u).stream()).toList();
    }

    public Optional<String> activity(String unitId) {
        return unit(unitId).map(LibraryUnit::activityId);
    }
}
