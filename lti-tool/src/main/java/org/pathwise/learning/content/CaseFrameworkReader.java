package org.pathwise.learning.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a competency framework from a 1EdTech CASE package (JSON with {@code CFDocument}, {@code CFItems} and
 * {@code CFAssociations}). Each CFItem becomes a competency named by its {@code abbreviatedStatement} (else its
 * {@code fullStatement}); an {@code isChildOf} association (origin is the child, destination the parent) sets its
 * parent, unless the destination is the CFDocument itself (a top-level item). Other association types are ignored.
 */
public final class CaseFrameworkReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFrameworkReader() {}

    public static CompetencyFramework read(InputStream in) {
        try {
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw unreadable("not JSON: " + e.getMessage());
        }
    }

    public static CompetencyFramework read(JsonNode pkg) {
        JsonNode document = pkg.path("CFDocument");
        JsonNode items = pkg.path("CFItems");
        if (!document.isObject() || !items.isArray()) {
            throw unreadable("a CASE package needs a CFDocument object and a CFItems array");
        }
        String documentId = document.path("identifier").asText(null);
        Map<String, String> parents = parents(pkg.path("CFAssociations"), documentId);
        List<Competency> competencies = new ArrayList<>();
        for (JsonNode item : items) {
            String id = text(item, "identifier");
            if (id == null) {
                throw unreadable("a CFItem has no identifier");
            }
            String name = text(item, "abbreviatedStatement");
            competencies.add(new Competency(id, name != null ? name : text(item, "fullStatement"), parents.get(id)));
        }
        return CompetencyFramework.of(document.path("title").asText(""), competencies);
    }

    private static Map<String, String> parents(JsonNode associations, String documentId) {
        Map<String, String> parents = new HashMap<>();
        for (JsonNode a : associations) {
            if (!"isChildOf".equals(a.path("associationType").asText())) {
                continue;
            }
            String child = a.path("originNodeURI").path("identifier").asText(null);
            String parent = a.path("destinationNodeURI").path("identifier").asText(null);
            if (child == null || parent == null) {
                throw unreadable("an isChildOf association needs originNodeURI and destinationNodeURI identifiers");
            }
            if (!parent.equals(documentId)) {
                parents.merge(child, parent, (first, second) -> first);
            }
        }
        return parents;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static ContentException unreadable(String message) {
        return new ContentException(ContentException.Kind.UNREADABLE_FRAMEWORK, "CASE: " + message);
    }
}
