package org.pathwise.lrs.documents;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.model.AgentParameter;
import org.pathwise.lrs.xapi.model.Ifi;
import org.pathwise.lrs.xapi.validation.Timestamps;
import org.pathwise.lrs.xapi.validation.ValidationException;

/**
 * Validates the query parameters of the document resources (Communication 2.3–2.7 of 1.0.3, 4.1.6.2/5/6 of 2.0):
 * which are required for which method, their formats, and that {@code since} never comes with a document id.
 */
public final class DocumentParameters {

    /** What the request does; decides which parameters are required or allowed. */
    public enum Method {
        GET,
        PUT,
        POST,
        DELETE
    }

    private DocumentParameters() {}

    /**
     * Parses a request's query parameters.
     *
     * @throws ValidationException (400) naming the first parameter at fault
     */
    public static DocumentRequest parse(
            DocumentKind kind, Method method, Map<String, List<String>> query, long storeId, XapiVersion version) {
        QueryParameters params = QueryParameters.of(query, allowed(kind, method), method + " " + path(kind));
        String activityId = kind.byActivity() ? params.requiredIri("activityId") : null;
        Ifi agent = kind.byAgent() ? AgentParameter.parse(params.required("agent"), "agent", version) : null;
        String registration =
                kind.byRegistration() ? params.optionalUuid("registration").orElse(null) : null;
        Optional<String> id = params.optional(kind.idParameter());
        if (id.isEmpty()
                && (method == Method.PUT
                        || method == Method.POST
                        || method == Method.DELETE && kind != DocumentKind.STATE)) {
            throw new ValidationException(kind.idParameter(), "is required");
        }
        Optional<Instant> since = params.optional("since").map(s -> since(s, version));
        if (since.isPresent() && id.isPresent()) {
            throw new ValidationException("since", "is not allowed together with " + kind.idParameter());
        }
        return new DocumentRequest(new DocumentContext(storeId, kind, activityId, agent, registration), id, since);
    }

    /** The resource path, relative to the xAPI base: {@code /activities/state}. */
    public static String path(DocumentKind kind) {
        return switch (kind) {
            case STATE -> "/activities/state";
            case ACTIVITY_PROFILE -> "/activities/profile";
            case AGENT_PROFILE -> "/agents/profile";
        };
    }

    static Set<String> allowed(DocumentKind kind, Method method) {
        Set<String> names = new LinkedHashSet<>();
        if (kind.byActivity()) {
            names.add("activityId");
        }
        if (kind.byAgent()) {
            names.add("agent");
        }
        if (kind.byRegistration()) {
            names.add("registration");
        }
        names.add(kind.idParameter());
        if (method == Method.GET) {
            names.add("since");
        }
        return names;
    }

    private static Instant since(String value, XapiVersion version) {
        return Timestamps.parse(value, version)
                .orElseThrow(() -> new ValidationException("since", "must be a timestamp, was '" + value + "'"));
    }
}
