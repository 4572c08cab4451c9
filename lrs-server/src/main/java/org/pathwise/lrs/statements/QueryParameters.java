package org.pathwise.lrs.statements;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.format.StatementFormat;
import org.pathwise.lrs.xapi.model.AgentParameter;
import org.pathwise.lrs.xapi.validation.Formats;
import org.pathwise.lrs.xapi.validation.Timestamps;

/**
 * Reads the query parameters of a GET on the Statement Resource. Unknown parameters, repeated parameters and
 * malformed values are a 400 naming the parameter; with {@code statementId} or {@code voidedStatementId} only
 * {@code format} and {@code attachments} may accompany it.
 */
public final class QueryParameters {
    static final Set<String> SINGLE = Set.of("statementId", "voidedStatementId", "format", "attachments");
    static final Set<String> QUERY = Set.of(
            "agent",
            "verb",
            "activity",
            "registration",
            "related_activities",
            "related_agents",
            "since",
            "until",
            "limit",
            "format",
            "attachments",
            "ascending");

    private final Map<String, List<String>> parameters;
    private final XapiVersion version;

    private QueryParameters(Map<String, List<String>> parameters, XapiVersion version) {
        this.parameters = parameters;
        this.version = version;
    }

    /** @param maxLimit the server's page size; {@code limit=0} or a larger limit means this */
    public static StatementRequest parse(Map<String, List<String>> parameters, XapiVersion version, int maxLimit) {
        return new QueryParameters(parameters, version).parse(maxLimit);
    }

    private StatementRequest parse(int maxLimit) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (p.getValue().size() > 1) {
                throw XapiException.badRequest(p.getKey() + ": given more than once");
            }
        }
        String id = value("statementId");
        String voided = value("voidedStatementId");
        if (id != null || voided != null) {
            return single(id, voided);
        }
        allowOnly(QUERY, "is not a parameter of the Statement Resource");
        return new StatementRequest.Query(new StatementQuery(
                agent(),
                iri("verb"),
                iri("activity"),
                uuid("registration"),
                bool("related_activities"),
                bool("related_agents"),
                timestamp("since"),
                timestamp("until"),
                limit(maxLimit),
                StatementFormat.fromParameter(value("format")),
                bool("attachments"),
                bool("ascending"),
                null));
    }

    private StatementRequest single(String id, String voided) {
        if (id != null && voided != null) {
            throw XapiException.badRequest("statementId: cannot be combined with voidedStatementId");
        }
        allowOnly(SINGLE, "cannot be combined with statementId or voidedStatementId");
        String name = id != null ? "statementId" : "voidedStatementId";
        return new StatementRequest.Single(
                uuid(name), voided != null, StatementFormat.fromParameter(value("format")), bool("attachments"));
    }

    private void allowOnly(Set<String> allowed, String rule) {
        parameters.keySet().stream()
                .filter(name -> !allowed.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw XapiException.badRequest(name + ": " + rule);
                });
    }

    private String value(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private String agent() {
        String json = value("agent");
        return json == null
                ? null
                : AgentParameter.parse(json, "agent", version).key();
    }

    private String iri(String name) {
        String value = value(name);
        if (value != null && !Formats.isIri(value)) {
            throw XapiException.badRequest(name + ": must be an IRI");
        }
        return value;
    }

    private String uuid(String name) {
        String value = value(name);
        if (value != null && !Formats.isUuid(value)) {
            throw XapiException.badRequest(name + ": must be a UUID");
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private boolean bool(String name) {
        String value = value(name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw XapiException.badRequest(name + ": must be true or false");
        };
    }

    private Long timestamp(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        return Timestamps.parse(value, XapiVersion.V1_0_3)
                .map(StoredTime::micros)
                .orElseThrow(() -> XapiException.badRequest(name + ": must be an ISO 8601 timestamp"));
    }

    private int limit(int maxLimit) {
        String value = value("limit");
        if (value == null) {
            return maxLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw XapiException.badRequest("limit: must be a non-negative integer");
        }
        if (limit < 0) {
            throw XapiException.badRequest("limit: must be a non-negative integer");
        }
        return limit == 0 || limit > maxLimit ? maxLimit : limit;
    }
}
