package org.pathwise.player.cmi5;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.db.Tx;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.lms.AuStatus;
import org.pathwise.scorm.cmi5.lms.MoveOnRules;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.ToolSession;

/** Reads and updates registrations for the API: status (refreshed from the LRS), waiving an AU. */
@ApplicationScoped
public class Cmi5Registrations {

    @Resource(lookup = org.pathwise.tool.platform.ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5Enrollments enrollments;

    @Inject
    Cmi5Progress progress;

    @Inject
    PackageRepository packages;

    /** The registration after taking in what the LRS holds for its open sessions. */
    public RegistrationView view(ToolSession who, String registrationId) {
        return Tx.run(dataSource, c -> {
            Enrollment e = enrollments.visible(c, who, registrationId);
            for (SessionRow s : repository.openSessions(c, registrationId)) {
                progress.refresh(c, e, s);
            }
            return view(c, e);
        });
    }

    /** The registration of a session, refreshed (the player page polls this). */
    public RegistrationView ofSession(ToolSession who, String sessionId) {
        String registration = Tx.read(dataSource, c -> repository.session(c, sessionId))
                .map(SessionRow::registration)
                .orElseThrow(() -> new ApiException(ApiException.Kind.NOT_FOUND, "no cmi5 session " + sessionId));
        return view(who, registration);
    }

    /** Waives an AU (instructors only; once per AU and registration, cmi5 §9.3.7). */
    public RegistrationView waive(ToolSession who, String registrationId, String unitId, String reason) {
        if (!who.isInstructor()) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "only instructors waive an AU");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "reason: required, e.g. Tested Out, Equivalent AU, Equivalent Outside Activity, Administrative");
        }
        return Tx.run(dataSource, c -> {
            Enrollment e = enrollments.visible(c, who, registrationId);
            StoredUnit unit = packages.findUnit(unitId == null ? "" : unitId)
                    .filter(u -> u.packageId().equals(e.registration().packageId()))
                    .orElseThrow(() -> new ApiException(
                            ApiException.Kind.BAD_REQUEST, "unitId: not an AU of this registration's course"));
            AssignableUnit au = e.au(unit.position());
            NodeState known = repository.nodes(c, registrationId).get(au.id());
            if (known != null && known.status().waived()) {
                throw new ApiException(ApiException.Kind.CONFLICT, "unitId: this AU is already waived");
            }
            progress.waive(c, e, au, reason);
            return view(c, e);
        });
    }

    RegistrationView view(Connection c, Enrollment e) throws SQLException {
        Map<String, NodeState> nodes = repository.nodes(c, e.registration().id());
        List<StoredUnit> units =
                packages.find(e.registration().packageId()).orElseThrow().units();
        List<RegistrationView.AuView> aus = new ArrayList<>();
        for (StoredUnit u : units) {
            AssignableUnit au = e.au(u.position());
            NodeState n = nodes.get(au.id());
            AuStatus s = n == null ? AuStatus.NOTHING : n.status();
            aus.add(new RegistrationView.AuView(
                    u.id(),
                    au.id(),
                    e.ids().au(au),
                    u.title(),
                    au.moveOn().xmlValue(),
                    s.completed(),
                    s.passed(),
                    s.failed(),
                    s.waived(),
                    MoveOnRules.met(au.moveOn(), s)));
        }
        List<String> satisfied = nodes.values().stream()
                .filter(NodeState::satisfied)
                .map(NodeState::publisherId)
                .toList();
        List<RegistrationView.SessionView> sessions = repository
                .sessions(c, e.registration().id())
                .stream()
                .map(s -> new RegistrationView.SessionView(
                        s.id(), s.unitId(), s.launchMode(), s.outcome(), s.fetchedAt() != null))
                .toList();
        return new RegistrationView(
                e.registration().id(),
                e.registration().packageId(),
                e.registration().learnerId(),
                aus,
                satisfied,
                satisfied.contains(e.course().id()),
                sessions);
    }
}
