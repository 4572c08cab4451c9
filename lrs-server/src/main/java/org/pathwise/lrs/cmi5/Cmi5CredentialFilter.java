package org.pathwise.lrs.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Optional;
import org.pathwise.lrs.http.XapiCaller;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.model.Ifi;

/**
 * Confines a session credential to its session: it stops working when the session expires (401) or is abandoned
 * (403, cmi5 §9.3.6: abandoning also revokes the credential, which the authentication filter answers with 403
 * from the next request on); its State API calls must name the launch activity, actor and registration, and it may read but
 * not change {@code LMS.LaunchData} (§10.2.1); its Agent Profile calls must name the launch actor (§11).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class Cmi5CredentialFilter implements ContainerRequestFilter {

    static final String LAUNCH_DATA = "LMS.LaunchData";

    @Inject
    XapiCaller caller;

    @Inject
    Cmi5Sessions sessions;

    Clock clock = Clock.systemUTC();

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Cmi5Session> found = sessions.ofCredential(caller.credentialKey());
        if (found.isEmpty()) {
            return;
        }
        Cmi5Session session = found.get();
        if (session.expired(clock.instant())) {
            throw new ApiException(Kind.UNAUTHORIZED, "this cmi5 session credential has expired");
        }
        if (session.closed()) {
            throw new ApiException(
                    Kind.FORBIDDEN,
                    "cmi5 §9.3.6: session " + session.terms().sessionId()
                            + " was abandoned; nothing more is accepted for it");
        }
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (path.equals("activities/state")) {
            state(session, query, request.getMethod());
        } else if (path.equals("agents/profile")) {
            sameActor(session, query.getFirst("agent"), "11");
        }
    }

    private static void state(Cmi5Session session, MultivaluedMap<String, String> query, String method) {
        SessionTerms terms = session.terms();
        if (!terms.activityId().equals(query.getFirst("activityId"))) {
            throw forbidden(
                    "10",
                    "activityId: a session credential reaches the state of its AU only (" + terms.activityId() + ")");
        }
        sameActor(session, query.getFirst("agent"), "10");
        String registration = query.getFirst("registration");
        if (registration != null && !registration.equalsIgnoreCase(terms.registration())) {
            throw forbidden("10", "registration: a session credential reaches its own registration only");
        }
        boolean reads = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (!reads && (LAUNCH_DATA.equals(query.getFirst("stateId")) || query.getFirst("stateId") == null)) {
            throw forbidden("10.2.1", "the AU must not modify or delete the LMS.LaunchData state document");
        }
    }

    private static void sameActor(Cmi5Session session, String agent, String rule) {
        String key;
        try {
            JsonNode node = agent == null ? null : StrictJson.mapper().readTree(agent);
            key = Ifi.of(node).map(Ifi::key).orElse("");
        } catch (java.io.IOException e) {
            key = "";
        }
        if (!key.equals(session.terms().actorKey())) {
            throw forbidden(rule, "agent: a session credential reaches the launch actor's documents only");
        }
    }

    private static ApiException forbidden(String rule, String message) {
        return new ApiException(Kind.FORBIDDEN, "cmi5 §" + rule + ": " + message);
    }
}
