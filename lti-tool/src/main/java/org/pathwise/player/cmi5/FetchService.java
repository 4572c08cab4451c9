package org.pathwise.player.cmi5;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.player.launch.Tokens;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Hands out a session's LRS credential once (cmi5 §8.2): the token is checked against its hash, marked used in the
 * same statement that checks it was unused, and only then is the LRS session opened; the credential is returned to
 * the AU and kept nowhere in the tool.
 */
@ApplicationScoped
public class FetchService {

    private static final Logger LOG = Logger.getLogger(FetchService.class.getName());

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5Enrollments enrollments;

    @Inject
    PackageRepository packages;

    @Inject
    Cmi5Lrs lrs;

    Clock clock = Clock.systemUTC();

    public ObjectNode fetch(String sessionId, String token) {
        Optional<SessionRow> session = Tx.read(dataSource, c -> repository.session(c, sessionId));
        if (session.isEmpty() || !Tokens.matches(token, session.get().fetchHash())) {
            return error("2", "The fetch URL is not valid.");
        }
        boolean first = Tx.run(dataSource, c -> repository.claimFetch(c, sessionId, clock.instant()));
        if (!first) {
            return error("1", "The authorization token has already been returned, or the session has ended.");
        }
        try {
            SessionRow s = session.get();
            Enrollment e = Tx.read(dataSource, c -> enrollments.find(c, s.registration()))
                    .orElseThrow();
            StoredUnit unit = packages.findUnit(s.unitId()).orElseThrow();
            String token64 = lrs.openSession(e.session(e.au(unit.position()), s.id(), s.launchMode(), null));
            ObjectNode ok = Json.MAPPER.createObjectNode();
            ok.put("auth-token", token64);
            return ok;
        } catch (ApiException | IllegalStateException | java.util.NoSuchElementException e) {
            LOG.warning(() -> "cmi5 fetch for session " + sessionId + " failed: " + e.getMessage());
            return error("3", "The learning record store could not open the session; relaunch the activity.");
        }
    }

    private static ObjectNode error(String code, String text) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("error-code", code);
        e.put("error-text", text);
        return e;
    }
}
