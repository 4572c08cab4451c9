package org.pathwise.tool.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The session of the current request, found by {@link SessionFilter} from the {@code pw_session} cookie, the
 * {@code X-Pathwise-Session} header or the {@code s} query parameter (when the LMS iframe blocks cookies).
 */
@RequestScoped
public class CurrentSession {

    @Inject
    ToolSessions sessions;

    private Optional<ToolSession> session = Optional.empty();

    void resolve(String handle) {
        session = sessions.find(handle);
    }

    public Optional<ToolSession> get() {
        return session;
    }

    /** The session, or 401 with a readable reason. */
    public ToolSession require() {
        return session.orElseThrow(() -> new NotAuthorizedException(
                "No Pathwise session: launch Pathwise from your course again",
                Response.status(401).build()));
    }
}
