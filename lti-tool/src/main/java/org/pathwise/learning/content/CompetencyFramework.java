package org.pathwise.learning.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A set of competencies with an optional hierarchy (each may have one parent), checked for unknown parents and loops. */
public final class CompetencyFramework {

    private final String title;
    private final Map<String, Competency> byId;

    private CompetencyFramework(String title, Map<String, Competency> byId) {
        this.title = title;
        this.byId = byId;
    }

    /** Builds a framework; throws if an id repeats, a parent is unknown, or parents form a loop (named). */
    public static CompetencyFramework of(String title, Collection<Competency> competencies) {
        Map<String, Competency> byId = new LinkedHashMap<>();
        for (Competency c : competencies) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new ContentException(ContentException.Kind.DUPLICATE_ID, "competency '" + c.id() + "' twice");
            }
        }
        CompetencyFramework framework = new CompetencyFramework(title, Collections.unmodifiableMap(byId));
        byId.values().forEach(framework::checkAncestry);
        return framework;
    }

    public String title() {
        return title;
    }

    public Optional<Competency> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Competency get(String id) {
        return find(id).orElseThrow(() -> ContentException.unknown("competency", id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** All competencies, in the order they were given. */
    public Collection<Competency> competencies() {
        return byId.values();
    }

    /** The parent, grandparent, ... of the competency, nearest first. */
    public List<Competency> ancestors(String id) {
        List<Competency> out = new ArrayList<>();
        for (String p = get(id).parentId(); p != null; p = byId.get(p).parentId()) {
            out.add(byId.get(p));
        }
        return out;
    }

    /** The competencies whose parent is this one. */
    public List<Competency> children(String id) {
        return byId.values().stream().filter(c -> id.equals(c.parentId())).toList();
    }

    private void checkAncestry(Competency start) {
        List<String> path = new ArrayList<>(List.of(start.id()));
        for (String p = start.parentId(); p != null; p = byId.get(p).parentId()) {
            if (!byId.containsKey(p)) {
                throw ContentException.unknown("parent competency", p);
            }
            if (path.contains(p)) {
                path.add(p);
                throw new ContentException(
                        ContentException.Kind.CYCLE,
                        "competency hierarchy has a cycle: " + String.join(" is a child of ", path));
            }
            path.add(p);
        }
    }
}
