package org.pathwise.learning.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prerequisites between modules and competencies: "dependent requires prerequisite". A module may require a module
 * (it must be done first) or a competency (it should be mastered first); a competency may require another. Built
 * only acyclic: {@link #of} rejects a cycle with a message that names every vertex on it.
 */
public final class PrerequisiteGraph {

    private final Map<Node, Set<Node>> requires;

    private PrerequisiteGraph(Map<Node, Set<Node>> requires) {
        this.requires = requires;
    }

    public static PrerequisiteGraph of(Map<Node, ? extends Set<Node>> edges) {
        Map<Node, Set<Node>> copy = new LinkedHashMap<>();
        edges.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        PrerequisiteGraph graph = new PrerequisiteGraph(Collections.unmodifiableMap(copy));
        graph.rejectCycles();
        return graph;
    }

    public static PrerequisiteGraph empty() {
        return new PrerequisiteGraph(Map.of());
    }

    /** The direct prerequisites of a vertex. */
    public Set<Node> prerequisitesOf(Node node) {
        return requires.getOrDefault(node, Set.of());
    }

    /** Every vertex that has prerequisites or is one. */
    public Set<Node> nodes() {
        Set<Node> all = new LinkedHashSet<>(requires.keySet());
        requires.values().forEach(all::addAll);
        return all;
    }

    private void rejectCycles() {
        Map<Node, Integer> state = new HashMap<>();
        for (Node start : requires.keySet()) {
            if (!state.containsKey(start)) {
                List<Node> cycle = findCycle(start, state, new ArrayList<>());
                if (cycle != null) {
                    throw new ContentException(ContentException.Kind.CYCLE, describe(cycle));
                }
            }
        }
    }

    /** Depth-first search: 1 = on the current path, 2 = finished. Returns the cycle as a closed path, or null. */
    private List<Node> findCycle(Node node, Map<Node, Integer> state, List<Node> path) {
        state.put(node, 1);
        path.add(node);
        for (Node next : prerequisitesOf(node)) {
            Integer s = state.get(next);
            if (s == null) {
                List<Node> cycle = findCycle(next, state, path);
                if (cycle != null) {
                    return cycle;
                }
            } else if (s == 1) {
                List<Node> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return null;
    }

    private static String describe(List<Node> cycle) {
        StringBuilder sb = new StringBuilder("prerequisites form a cycle: ");
        for (int i = 0; i < cycle.size(); i++) {
            sb.append(i == 0 ? "" : " requires ").append(cycle.get(i));
        }
        return sb.toString();
    }
}
