package org.pathwise.lrs.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pathwise.lrs.http.XapiCaller;
import org.pathwise.lrs.xapi.XapiException;

/**
 * The one point where the Statement Resource consults cmi5: statements stored with a session credential must keep
 * the AU statement rules ({@link AuStatementRules}); a violation is a 400 naming the rule. Other credentials pass
 * untouched (their keys do not carry the session prefix, so nothing is looked up).
 *
 * <p>Two requests of the same session racing each other are checked against the same progress; AUs send their
 * statements one request at a time, and the later progress write wins.
 */
@ApplicationScoped
public class Cmi5StatementGuard {

    /** Records the session's progress once the statements are stored. */
    public interface Admission {
        void stored();
    }

    private static final Admission NOTHING = () -> {};

    @Inject
    Cmi5Sessions sessions;

    @Inject
    Cmi5SessionRepository repository;

    Clock clock = Clock.systemUTC();

    /** Checks the statements about to be stored; the returned admission records them once they are. */
    public Admission admit(XapiCaller caller, List<? extends JsonNode> statements) {
        Optional<Cmi5Session> found = sessions.ofCredential(caller.credentialKey());
        if (found.isEmpty()) {
            return NOTHING;
        }
        Cmi5Session session = found.get();
        if (session.closed()) {
            throw XapiException.badRequest("cmi5 §9.3.6: session "
                    + session.terms().sessionId() + " was abandoned by the LMS; no statements are accepted for it");
        }
        SessionProgress after;
        try {
            after = AuStatementRules.apply(
                    session.terms(), repository.history(session), session.progress(), statements);
        } catch (Cmi5Violation v) {
            throw XapiException.badRequest(v.getMessage());
        }
        return () -> repository.progress(session, after, clock.instant());
    }
}
