package org.pathwise.player.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.db.Json;
import org.pathwise.player.db.Tx;
import org.pathwise.player.launch.Attempt;
import org.pathwise.player.launch.AttemptRepository;
import org.pathwise.player.launch.Launch;
import org.pathwise.player.launch.Tokens;
import org.pathwise.player.sequencing.PlayerSequencing;
import org.pathwise.scorm.runtime.AttemptRules;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Durations;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.RuntimeRules;
import org.pathwise.scorm.runtime.ScormVersion;
import org.pathwise.scorm.runtime.UnitSettings;
import org.pathwise.scorm.xapi.CommitChange;
import org.pathwise.scorm.xapi.ScormActivities;
import org.pathwise.scorm.xapi.ScormStateDocuments;
import org.pathwise.scorm.xapi.ScormStatements;
import org.pathwise.scorm.xapi.StatementContext;
import org.pathwise.tool.lrs.StateOutbox;
import org.pathwise.tool.lrs.StatementOutbox;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Applies the SCO's Initialize and commits to its attempt: authenticates the launch token, drops stale or repeated
 * commits (commit sequence), judges status and score by the SCORM rules, stores the state and queues the xAPI
 * statements — all in one transaction.
 */
@ApplicationScoped
public class CommitService {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    AttemptRepository attempts;

    @Inject
    PackageRepository packages;

    @Inject
    StatementOutbox outbox;

    @Inject
    StateOutbox states;

    @Inject
    RuntimeSettings settings;

    @Inject
    PlayerSequencing sequencing;

    @Inject
    SharedDataStore sharedData;

    Clock clock = Clock.systemUTC();

    public CommitResult initialize(String attemptId, String launchId, String token) {
        return Tx.run(dataSource, c -> {
            Launch launch = authenticate(c, attemptId, launchId, token);
            if (launch.initialized()) {
                return CommitResult.OK;
            }
            Attempt attempt = attempts.find(c, attemptId, true).orElseThrow();
            attempts.updateLaunch(c, withFlags(launch, true, launch.terminated(), launch.lastSequence(), 0));
            StatementContext ctx = context(attempt, launchId + "/initialize");
            outbox.enqueue(c, ScormStatements.initialized(ctx, launch.entry()));
            queueActivityState(c, attempt, ctx);
            return CommitResult.OK;
        });
    }

    public CommitResult commit(String attemptId, String launchId, String token, String body) {
        CommitPayload payload = CommitPayload.parse(body);
        return Tx.run(dataSource, c -> {
            Launch launch = authenticate(c, attemptId, launchId, token);
            int sequence = payload.sequence().orElse(launch.lastSequence() + 1);
            if (launch.terminated() || sequence <= launch.lastSequence()) {
                return CommitResult.OK; // a late or repeated commit: already applied, or after the session ended
            }
            Attempt attempt = attempts.find(c, attemptId, true).orElseThrow();
            return apply(c, launch, attempt, payload, sequence);
        });
    }

    private CommitResult apply(Connection c, Launch launch, Attempt attempt, CommitPayload payload, int sequence)
            throws SQLException {
        UnitSettings unit = unitSettings(attempt);
        ScormVersion v = unit.version();
        CmiData before = attempt.cmi();
        CmiData after = payload.cmi();
        Judgement judgedBefore = before.values().isEmpty() ? Judgement.NOTHING : RuntimeRules.judge(unit, before);
        Judgement judgedAfter = RuntimeRules.judge(unit, after);
        Duration session =
                Durations.parse(v, after.getOrEmpty(v.sessionTime())).orElse(Duration.ofMillis(launch.sessionMillis()));
        boolean terminated = payload.terminate();
        String exit = after.getOrEmpty(v.exit());
        Instant now = clock.instant();
        Attempt updated = new Attempt(
                attempt.id(),
                attempt.learnerId(),
                attempt.learnerName(),
                attempt.unitId(),
                attempt.registration(),
                attempt.number(),
                attempt.startedAt(),
                now,
                AttemptRules.endsAttempt(terminated, exit) ? now : null,
                terminated ? exit : attempt.lastExit(),
                terminated || attempt.terminated(),
                judgedAfter.completion(),
                judgedAfter.success(),
                judgedAfter.score().scaled(),
                judgedAfter.score().raw(),
                withJudgement(v, after, judgedAfter));
        attempts.update(c, updated);
        StoredUnit storedUnit = packages.findUnit(attempt.unitId()).orElseThrow();
        StoredPackage storedPackage = packages.find(storedUnit.packageId()).orElseThrow();
        if (!payload.sharedData().isEmpty()) {
            sharedData.write(c, attempt.learnerId(), storedPackage.id(), unit, payload.sharedData());
        }
        Optional<PlayerSequencing.CourseChange> course =
                sequencing.report(c, attempt.learnerId(), storedPackage, storedUnit, judgedAfter);
        if (terminated) {
            sequencing.afterTerminate(
                    c, attempt.learnerId(), storedPackage, storedUnit, after.getOrEmpty("adl.nav.request"));
        }
        attempts.updateLaunch(c, withFlags(launch, launch.initialized(), terminated, sequence, session.toMillis()));
        CommitChange change = new CommitChange(v, before, after, judgedBefore, judgedAfter, terminated, session);
        List<ObjectNode> statements =
                ScormStatements.committed(context(attempt, launch.id() + "/commit/" + sequence), change);
        if (course.isPresent()) {
            // the course's rolled-up statements go before the SCO's final terminated/suspended statement
            List<ObjectNode> rolledUp = ScormStatements.courseRolledUp(
                    context(attempt, launch.id() + "/commit/" + sequence + "/course"),
                    course.get().before(),
                    course.get().after());
            statements = new java.util.ArrayList<>(statements);
            statements.addAll(terminated ? statements.size() - 1 : statements.size(), rolledUp);
        }
        outbox.enqueue(c, statements);
        queueAttemptState(c, updated, v, after);
        return course.map(rolled -> new CommitResult(
                        true, 0, new CommitResult.Navigation(rolled.continueValid(), rolled.previousValid())))
                .orElse(CommitResult.OK);
    }

    /**
     * The Profile's activity state of the SCO for the learner: every attempt IRI, oldest first (queued, delivered by
     * {@link org.pathwise.tool.lrs.StateSender}).
     */
    private void queueActivityState(Connection c, Attempt attempt, StatementContext ctx) throws SQLException {
        List<Attempt> all = new java.util.ArrayList<>(attempts.all(c, attempt.learnerId(), attempt.unitId()));
        java.util.Collections.reverse(all);
        List<String> iris = all.stream()
                .map(a -> ctx.activities().attemptIri(UUID.fromString(a.registration())))
                .toList();
        states.enqueue(
                c,
                ctx.activities().scoIri(),
                ScormStateDocuments.agent(settings.publicUrl(), attempt.learnerId()),
                ScormStateDocuments.ACTIVITY_STATE,
                ScormStateDocuments.activityState(iris));
    }

    /**
     * The Profile's attempt state after a commit: location, suspend data, credit and mode (those the launch seeded
     * when the SCO's commit leaves them out), total time over the attempt's sessions, preferences.
     */
    private void queueAttemptState(Connection c, Attempt attempt, ScormVersion v, CmiData cmi) throws SQLException {
        Map<String, String> values = new HashMap<>(cmi.values());
        values.putIfAbsent(v.credit(), "credit");
        values.putIfAbsent(v.mode(), "normal");
        StatementContext ctx = context(attempt, "state");
        states.enqueue(
                c,
                ctx.activities().attemptIri(ctx.attemptId()),
                ScormStateDocuments.agent(settings.publicUrl(), attempt.learnerId()),
                ScormStateDocuments.ATTEMPT_STATE,
                ScormStateDocuments.attemptState(
                        v, new CmiData(values), Duration.ofMillis(attempts.totalMillis(c, attempt.id()))));
    }

    /** The run-time data with the LMS's judgement written over the SCO's own status. */
    private static CmiData withJudgement(ScormVersion v, CmiData cmi, Judgement j) {
        Map<String, String> values = new HashMap<>(cmi.values());
        if (v == ScormVersion.SCORM_12) {
            values.put("cmi.core.lesson_status", RuntimeRules.lessonStatus(j));
        } else {
            if (j.completion() != Judgement.Completion.UNKNOWN) {
                values.put(
                        "cmi.completion_status",
                        j.completion().name().toLowerCase().replace('_', ' '));
            }
            if (j.success() != Judgement.Success.UNKNOWN) {
                values.put("cmi.success_status", j.success().name().toLowerCase());
            }
        }
        return new CmiData(values);
    }

    private Launch authenticate(Connection c, String attemptId, String launchId, String token) throws SQLException {
        Launch launch = attempts.lockLaunch(c, launchId == null ? "" : launchId)
                .filter(l -> l.attemptId().equals(attemptId))
                .filter(l -> Tokens.matches(token, l.tokenHash()))
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.FORBIDDEN,
                        "This commit does not belong to a launch of attempt " + attemptId));
        if (launch.expiresAt().isBefore(clock.instant())) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "The launch has expired: launch the unit again");
        }
        return launch;
    }

    private static Launch withFlags(Launch l, boolean initialized, boolean terminated, int sequence, long session) {
        return new Launch(
                l.id(),
                l.attemptId(),
                l.tokenHash(),
                l.entry(),
                l.startedAt(),
                l.expiresAt(),
                initialized,
                terminated,
                sequence,
                Math.max(session, l.sessionMillis()));
    }

    private UnitSettings unitSettings(Attempt attempt) {
        StoredUnit unit = packages.findUnit(attempt.unitId()).orElseThrow();
        return Json.read(unit.settings(), UnitSettings.class);
    }

    private StatementContext context(Attempt attempt, String eventKey) {
        StoredUnit unit = packages.findUnit(attempt.unitId()).orElseThrow();
        StoredPackage pkg = packages.find(unit.packageId()).orElseThrow();
        ScormActivities activities =
                ScormActivities.of(settings.publicUrl(), pkg.id(), pkg.title(), unit.itemId(), unit.title());
        return new StatementContext(
                settings.publicUrl(),
                attempt.learnerId(),
                activities,
                UUID.fromString(attempt.registration()),
                clock.instant(),
                eventKey);
    }
}
