package org.pathwise.learning.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders a pathway's steps so that each comes after the steps it builds on (a required module, or a lesson or practice
 * module of a prerequisite competency), and otherwise keeps the listed order (a stable topological sort). A competency shared in
 * both directions cannot be honoured both ways: the step listed first then goes first.
 */
final class PathwayOrdering {

    private PathwayOrdering() {}

    static List<String> order(ContentModel content, Pathway pathway) {
        List<String> steps = pathway.steps();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            index.put(steps.get(i), i);
        }
        int[] waitingFor = new int[steps.size()];
        List<List<Integer>> unblocks = new ArrayList<>();
        steps.forEach(s -> unblocks.add(new ArrayList<>()));
        for (int i = 0; i < steps.size(); i++) {
            for (int before : dependencies(content, steps.get(i), index)) {
                unblocks.get(before).add(i);
                waitingFor[i]++;
            }
        }
        return kahn(steps, waitingFor, unblocks);
    }

    private static List<String> kahn(List<String> steps, int[] waitingFor, List<List<Integer>> unblocks) {
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        boolean[] placed = new boolean[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<String> out = new ArrayList<>(steps.size());
        while (out.size() < steps.size()) {
            if (ready.isEmpty()) {
                ready.add(firstUnplaced(placed));
            }
            int i = ready.poll();
            if (placed[i]) {
                continue;
            }
            placed[i] = true;
            out.add(steps.get(i));
            for (int next : unblocks.get(i)) {
                if (--waitingFor[next] == 0 && !placed[next]) {
                    ready.add(next);
                }
            }
        }
        return List.copyOf(out);
    }

    private static int firstUnplaced(boolean[] placed) {
        int i = 0;
        while (placed[i]) {
            i++;
        }
        return i;
    }

    private static Set<Integer> dependencies(ContentModel content, String step, Map<String, Integer> index) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (Node n : content.prerequisites().prerequisitesOf(Node.module(step))) {
            if (n.type() == Node.Type.MODULE && index.containsKey(n.id())) {
                out.add(index.get(n.id()));
            }
        }
        for (String c : content.prerequisiteCompetencies(step)) {
            for (Module m : content.modulesTeaching(c)) {
                Integer i = index.get(m.id());
                boolean teaches = m.kind() == ModuleKind.LESSON || m.kind() == ModuleKind.PRACTICE;
                if (i != null && teaches && !m.id().equals(step)) {
                    out.add(i);
                }
            }
        }
        return out;
    }
}
