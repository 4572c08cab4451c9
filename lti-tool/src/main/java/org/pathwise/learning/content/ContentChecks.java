package org.pathwise.learning.content;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Cross-reference checks of a content model: every id used names something that exists. */
final class ContentChecks {

    private final ContentModel content;

    ContentChecks(ContentModel content) {
        this.content = content;
    }

    void checkAll(Collection<ContentPackage> packages, Map<Node, Set<Node>> edges) {
        content.moduleMap().values().forEach(m -> m.competencies().forEach(this::competency));
        content.bankMap().values().forEach(this::bank);
        Set<String> packaged = new HashSet<>();
        for (ContentPackage p : packages) {
            for (String id : p.moduleIds()) {
                module(id);
                if (!packaged.add(id)) {
                    throw new ContentException(
                            ContentException.Kind.DUPLICATE_ID, "module '" + id + "' is in two packages");
                }
            }
        }
        edges.forEach((dependent, prerequisites) -> {
            node(dependent);
            prerequisites.forEach(this::node);
        });
        content.pathwayMap().values().forEach(p -> p.steps().forEach(s -> {
            if (!content.isStep(s)) {
                throw ContentException.unknown("step in pathway '" + p.id() + "':", s);
            }
        }));
    }

    private void bank(ItemBank bank) {
        bank.competencies().forEach(this::competency);
        for (String item : bank.itemIds()) {
            if (module(item).kind() != ModuleKind.ITEM) {
                throw ContentException.invalid("'" + item + "' in item bank '" + bank.id() + "' is not an item");
            }
        }
    }

    private void node(Node n) {
        if (n.type() == Node.Type.COMPETENCY) {
            competency(n.id());
        } else if (!content.isStep(n.id())) {
            throw ContentException.unknown("module", n.id());
        }
    }

    private Module module(String id) {
        return content.module(id).orElseThrow(() -> ContentException.unknown("module", id));
    }

    private void competency(String id) {
        if (!content.framework().contains(id)) {
            throw ContentException.unknown("competency", id);
        }
    }
}
