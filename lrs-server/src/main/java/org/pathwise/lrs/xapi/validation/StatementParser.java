package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.StrictJson.StrictJsonException;
import org.pathwise.lrs.xapi.XapiVersion;

/**
 * Entry point for incoming statements: strict JSON, every xAPI rule of the chosen version, then the normalizations
 * the spec allows (contextActivities as arrays; in 2.0 the timestamp in UTC). Everything else stays as the client
 * sent it. Thread-safe.
 */
public final class StatementParser {
    /** The root name of paths in reports: {@code statement.actor.mbox}, {@code statement[3].verb.id}. */
    public static final String ROOT = "statement";

    private final XapiVersion version;

    public StatementParser(XapiVersion version) {
        this.version = version;
    }

    public XapiVersion version() {
        return version;
    }

    /**
     * Parses a PUT body or a POST body: one statement object or an array of them.
     *
     * @throws ValidationException with every violation found, paths rooted at {@code statement} or
     *     {@code statement[i]}
     */
    public List<ObjectNode> parseStatements(String json) {
        JsonNode tree = read(json);
        if (tree.isArray()) {
            if (tree.isEmpty()) {
                throw new ValidationException(ROOT, "must hold at least one statement");
            }
            List<ObjectNode> statements = new ArrayList<>();
            Checker checker = new Checker(version);
            for (int i = 0; i < tree.size(); i++) {
                StatementRules.statement(checker, tree.get(i), Checker.at(ROOT, i));
            }
            throwIfAny(checker);
            tree.forEach(s -> statements.add(normalize((ObjectNode) s)));
            return statements;
        }
        return List.of(parseTree(tree, ROOT));
    }

    /** Parses exactly one statement (a PUT body); an array is a violation. */
    public ObjectNode parseStatement(String json) {
        JsonNode tree = read(json);
        if (tree.isArray()) {
            throw new ValidationException(ROOT, "must be a single statement object, not an array");
        }
        return parseTree(tree, ROOT);
    }

    /** Validates and normalizes a statement already read (e.g. a JWS payload); {@code path} roots the report. */
    public ObjectNode parseTree(JsonNode tree, String path) {
        Checker checker = new Checker(version);
        StatementRules.statement(checker, tree, path);
        throwIfAny(checker);
        return normalize((ObjectNode) tree.deepCopy());
    }

    /** Violations of {@code tree} without throwing, e.g. for a validating endpoint or diagnostics. */
    public List<Violation> violations(JsonNode tree, String path) {
        Checker checker = new Checker(version);
        StatementRules.statement(checker, tree, path);
        return List.copyOf(checker.violations());
    }

    private static JsonNode read(String json) {
        try {
            return StrictJson.read(json, ROOT);
        } catch (StrictJsonException e) {
            throw new ValidationException(e.path(), e.rule());
        }
    }

    private ObjectNode normalize(ObjectNode statement) {
        Normalizer.normalize(statement, version);
        return statement;
    }

    private static void throwIfAny(Checker checker) {
        if (!checker.violations().isEmpty()) {
            throw new ValidationException(checker.violations());
        }
    }
}
