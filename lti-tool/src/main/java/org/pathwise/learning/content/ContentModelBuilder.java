package org.pathwise.learning.content;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Collects the parts of a {@link ContentModel}; {@link #build()} checks them together. */
public final class ContentModelBuilder {

    final CompetencyFramework framework;
    final Map<String, Module> modules = new LinkedHashMap<>();
    final Map<String, ItemBank> banks = new LinkedHashMap<>();
    final Map<String, ContentPackage> packages = new LinkedHashMap<>();
    final Map<Node, Set<Node>> edges = new LinkedHashMap<>();
    final Map<String, Pathway> pathways = new LinkedHashMap<>();

    ContentModelBuilder(CompetencyFramework framework) {
        this.framework = framework;
    }

    public ContentModelBuilder module(Module module) {
        return unique(modules.putIfAbsent(module.id(), module) == null && !banks.containsKey(module.id()), module.id());
    }

    public ContentModelBuilder itemBank(ItemBank bank) {
        return unique(banks.putIfAbsent(bank.id(), bank) == null && !modules.containsKey(bank.id()), bank.id());
    }

    public ContentModelBuilder contentPackage(ContentPackage pkg) {
        return unique(packages.putIfAbsent(pkg.id(), pkg) == null, pkg.id());
    }

    /** Declares that {@code dependent} requires {@code prerequisite}. */
    public ContentModelBuilder requires(Node dependent, Node prerequisite) {
        edges.computeIfAbsent(dependent, k -> new HashSet<>()).add(prerequisite);
        return this;
    }

    public ContentModelBuilder pathway(Pathway pathway) {
        return unique(pathways.putIfAbsent(pathway.id(), pathway) == null, pathway.id());
    }

    public ContentModel build() {
        return new ContentModel(this);
    }

    private ContentModelBuilder unique(boolean added, String id) {
        if (!added) {
            throw new ContentException(ContentException.Kind.DUPLICATE_ID, "'" + id + "' is defined twice");
        }
        return this;
    }
}
