package org.pathwise.player.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Block;
import org.pathwise.scorm.cmi5.lms.AuStatus;
import org.pathwise.scorm.cmi5.lms.Cmi5Launch;
import org.pathwise.scorm.cmi5.lms.LmsStatements;
import org.pathwise.scorm.cmi5.lms.Satisfaction;
import org.pathwise.tool.lrs.StatementOutbox;

/**
 * Keeps the LMS's view of a registration in step with the LRS: reads what an AU stored in its session (completed,
 * passed, failed, terminated), abandons sessions left open (cmi5 §9.3.6), and issues "satisfied" for each block and
 * the course once all their AUs meet moveOn (§9.3.9). LMS statements go through the tool's outbox, in the same
 * transaction as the state they report.
 */
@ApplicationScoped
public class Cmi5Progress {

    private static final Logger LOG = Logger.getLogger(Cmi5Progress.class.getName());

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5Lrs lrs;

    @Inject
    StatementOutbox outbox;

    @Inject
    PackageRepository packages;

    Clock clock = Clock.systemUTC();

    /** Reads the AU's session from the LRS; a terminated session ends. Then evaluates satisfaction. */
    public void refresh(Connection c, Enrollment e, SessionRow s) throws SQLException {
        if (!s.open() || s.fetchedAt() == null) {
            return;
        }
        Optional<JsonNode> status = lrs.sessionStatus(s.id());
        if (status.isEmpty()) {
            return;
        }
        apply(c, e, s, status.get());
    }

    /**
     * Ends a session because a new one starts in the same registration: terminated if the AU said so, otherwise
     * abandoned, with the time from launch to the AU's last statement (§9.5.4.2); its credential stops working.
     */
    public void close(Connection c, Enrollment e, SessionRow s) throws SQLException {
        Optional<JsonNode> status = s.fetchedAt() == null ? Optional.empty() : lrs.abandonSession(s.id());
        if (status.isPresent() && apply(c, e, s, status.get())) {
            return;
        }
        Instant now = clock.instant();
        Instant last = status.map(st -> st.path("lastStatementAt"))
                .filter(JsonNode::isTextual)
                .map(n -> Instant.parse(n.asText()))
                .orElse(s.launchedAt());
        Cmi5Launch session = e.session(au(e, s), s.id(), s.launchMode(), null);
        if (repository.end(c, s.id(), SessionRow.ABANDONED, now)) {
            outbox.enqueue(c, List.of(LmsStatements.abandoned(session, Duration.between(s.launchedAt(), last), now)));
            LOG.fine(() -> "cmi5 session " + s.id() + " abandoned");
        }
    }

    /** Issues "satisfied" for each block and the course newly satisfied, in the given session. */
    public List<String> evaluate(Connection c, Enrollment e, String sessionId) throws SQLException {
        Map<String, NodeState> nodes = repository.nodes(c, e.registration().id());
        Map<String, AuStatus> statuses = new HashMap<>();
        nodes.forEach((id, n) -> statuses.put(id, n.status()));
        Instant now = clock.instant();
        Cmi5Launch learner = e.session(e.au(0), sessionId, "Normal", null);
        List<String> issued = new ArrayList<>();
        List<ObjectNode> statements = new ArrayList<>();
        for (String id : Satisfaction.satisfied(e.course(), statuses)) {
            NodeState known = nodes.get(id);
            if (known != null && known.satisfied()) {
                continue;
            }
            boolean course = id.equals(e.course().id());
            String title = course
                    ? e.course().title()
                    : e.course().blocks().stream()
                            .filter(b -> b.id().equals(id))
                            .map(Block::title)
                            .map(t -> t.text())
                            .findFirst()
                            .orElse("");
            statements.add(LmsStatements.satisfied(learner, e.ids().node(id), id, course, title, sessionId, now));
            repository.markSatisfied(c, e.registration().id(), id, now);
            issued.add(id);
        }
        if (!statements.isEmpty()) {
            outbox.enqueue(c, statements);
        }
        return issued;
    }

    /** Records an AU as waived (§9.3.7) in a session of its own, then evaluates satisfaction in that session. */
    public String waive(Connection c, Enrollment e, AssignableUnit au, String reason) throws SQLException {
        String sessionId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        repository.addStatus(c, e.registration().id(), au.id(), new AuStatus(false, false, false, true), now);
        outbox.enqueue(c, List.of(LmsStatements.waived(e.session(au, sessionId, "Normal", null), reason, now)));
        evaluate(c, e, sessionId);
        return sessionId;
    }

    /** Takes in the LRS's view of a session; true when the session turned out terminated (and is now ended). */
    private boolean apply(Connection c, Enrollment e, SessionRow s, JsonNode status) throws SQLException {
        AuStatus facts = new AuStatus(
                status.path("completed").asBoolean(),
                status.path("passed").asBoolean(),
                status.path("failed").asBoolean(),
                false);
        Instant now = clock.instant();
        repository.addStatus(c, e.registration().id(), au(e, s).id(), facts, now);
        boolean terminated = status.path("terminated").asBoolean();
        if (terminated) {
            repository.end(c, s.id(), SessionRow.TERMINATED, now);
        }
        evaluate(c, e, s.id());
        return terminated;
    }

    private AssignableUnit au(Enrollment e, SessionRow s) {
        StoredUnit unit = packages.findUnit(s.unitId())
                .orElseThrow(() -> new IllegalStateException("the unit of session " + s.id() + " is gone"));
        return e.au(unit.position());
    }
}
