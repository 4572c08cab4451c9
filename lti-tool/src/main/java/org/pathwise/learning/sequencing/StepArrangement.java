package org.pathwise.learning.sequencing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ContentPackage;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.content.PathwayOverrides;

/**
 * The order of a pathway's steps before any learner is considered: prerequisites first (the content model), then the
 * modules of each forced-sequential package put back in package order within the places they occupy, then the
 * instructor's order (listed steps first). The first two are cached per pathway.
 */
final class StepArrangement {

    private final ContentModel content;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> stepSets = new ConcurrentHashMap<>();

    StepArrangement(ContentModel content) {
        this.content = content;
    }

    List<String> steps(Pathway pathway, PathwayOverrides overrides) {
        List<String> base = cache.computeIfAbsent(pathway.id(), id -> packageOrder(content.orderedSteps(id)));
        if (overrides.order().isEmpty()) {
            return base;
        }
        Set<String> out = new LinkedHashSet<>();
        overrides.order().stream().filter(base::contains).forEach(out::add);
        out.addAll(base);
        return List.copyOf(out);
    }

    Set<String> stepSet(Pathway pathway) {
        return stepSets.computeIfAbsent(pathway.id(), id -> Set.copyOf(pathway.steps()));
    }

    private List<String> packageOrder(List<String> steps) {
        Map<ContentPackage, List<Integer>> slots = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            int slot = i;
            content.packageOf(steps.get(i))
                    .filter(ContentPackage::forcedSequential)
                    .ifPresent(p ->
                            slots.computeIfAbsent(p, k -> new ArrayList<>()).add(slot));
        }
        List<String> out = new ArrayList<>(steps);
        slots.forEach((pkg, positions) -> {
            List<String> members = new ArrayList<>();
            positions.forEach(i -> members.add(steps.get(i)));
            members.sort(Comparator.comparingInt(pkg.moduleIds()::indexOf));
            for (int j = 0; j < positions.size(); j++) {
                out.set(positions.get(j), members.get(j));
            }
        });
        return List.copyOf(out);
    }
}
