package org.pathwise.learning.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the sequencer knows about the content: the framework, modules, item banks, packages, prerequisites and
 * pathways, cross-checked when built (unknown ids and cycles rejected) and indexed for fast lookups. Immutable.
 */
public final class ContentModel {

    private static final String INTERACTIONS = "/interactions/";

    private final CompetencyFramework framework;
    private final Map<String, Module> modules;
    private final Map<String, ItemBank> banks;
    private final Map<String, ContentPackage> packageOfModule;
    private final PrerequisiteGraph graph;
    private final Map<String, Pathway> pathways;
    private final Map<String, List<String>> orderedSteps = new HashMap<>();
    private final Map<String, List<Module>> teaching = new HashMap<>();
    private final Map<String, Set<String>> prerequisiteCompetencies = new HashMap<>();

    ContentModel(ContentModelBuilder b) {
        this.framework = b.framework;
        this.modules = Map.copyOf(b.modules);
        this.banks = Map.copyOf(b.banks);
        this.graph = PrerequisiteGraph.of(b.edges);
        this.pathways = Map.copyOf(b.pathways);
        this.packageOfModule = new HashMap<>();
        new ContentChecks(this).checkAll(b.packages.values(), b.edges);
        b.packages.values().forEach(p -> p.moduleIds().forEach(m -> packageOfModule.put(m, p)));
        b.modules.values().stream().filter(m -> m.kind() != ModuleKind.ITEM).forEach(m -> m.competencies()
                .forEach(
                        c -> teaching.computeIfAbsent(c, k -> new ArrayList<>()).add(m)));
        b.modules.keySet().forEach(id -> prerequisiteCompetencies.put(id, computePrerequisiteCompetencies(id)));
        b.banks.keySet().forEach(id -> prerequisiteCompetencies.put(id, computePrerequisiteCompetencies(id)));
        pathways.values().forEach(p -> orderedSteps.put(p.id(), PathwayOrdering.order(this, p)));
    }

    public static ContentModelBuilder builder(CompetencyFramework framework) {
        return new ContentModelBuilder(framework);
    }

    public CompetencyFramework framework() {
        return framework;
    }

    public Optional<Module> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    public Optional<ItemBank> itemBank(String id) {
        return Optional.ofNullable(banks.get(id));
    }

    public boolean isStep(String id) {
        return modules.containsKey(id) || banks.containsKey(id);
    }

    public Collection<Module> modules() {
        return modules.values();
    }

    public PrerequisiteGraph prerequisites() {
        return graph;
    }

    public Optional<ContentPackage> packageOf(String moduleId) {
        return Optional.ofNullable(packageOfModule.get(moduleId));
    }

    public Pathway pathway(String id) {
        Pathway p = pathways.get(id);
        if (p == null) {
            throw ContentException.unknown("pathway", id);
        }
        return p;
    }

    /** The pathways meant for a role. */
    public List<Pathway> pathwaysForRole(String role) {
        return pathways.values().stream().filter(p -> role.equals(p.role())).toList();
    }

    /** The pathway's steps, prerequisites first, otherwise in the order the pathway lists them. */
    public List<String> orderedSteps(String pathwayId) {
        pathway(pathwayId);
        return orderedSteps.get(pathwayId);
    }

    /** The step's competencies: a module's tags or an item bank's. */
    public Set<String> competenciesOf(String stepId) {
        Module m = modules.get(stepId);
        if (m != null) {
            return m.competencies();
        }
        ItemBank b = banks.get(stepId);
        return b == null ? Set.of() : b.competencies();
    }

    /** The modules (not items) that teach or assess a competency, in the order they were added. */
    public List<Module> modulesTeaching(String competencyId) {
        return teaching.getOrDefault(competencyId, List.of());
    }

    /**
     * The competencies a step builds on: its direct competency prerequisites, those of its competencies, and the
     * competencies of the modules it requires. Its own competencies are excluded.
     */
    public Set<String> prerequisiteCompetencies(String stepId) {
        return prerequisiteCompetencies.getOrDefault(stepId, Set.of());
    }

    /**
     * The module an xAPI activity id is about: the module with that id, or for a cmi.interactions-style id
     * {@code <sco activity>/interactions/<id>} the SCO's module.
     */
    public Optional<Module> moduleForActivity(String activityId) {
        Module exact = modules.get(activityId);
        if (exact != null) {
            return Optional.of(exact);
        }
        int at = activityId.lastIndexOf(INTERACTIONS);
        return at > 0 ? Optional.ofNullable(modules.get(activityId.substring(0, at))) : Optional.empty();
    }

    private Set<String> computePrerequisiteCompetencies(String stepId) {
        Set<String> own = competenciesOf(stepId);
        Set<Node> direct = new LinkedHashSet<>(graph.prerequisitesOf(Node.module(stepId)));
        own.forEach(c -> direct.addAll(graph.prerequisitesOf(Node.competency(c))));
        Set<String> out = new LinkedHashSet<>();
        for (Node n : direct) {
            if (n.type() == Node.Type.COMPETENCY) {
                out.add(n.id());
            } else {
                out.addAll(competenciesOf(n.id()));
            }
        }
        out.removeAll(own);
        return Set.copyOf(out);
    }

    Map<String, Module> moduleMap() {
        return modules;
    }

    Map<String, ItemBank> bankMap() {
        return banks;
    }

    Map<String, Pathway> pathwayMap() {
        return new LinkedHashMap<>(pathways);
    }
}
