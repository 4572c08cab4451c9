package org.pathwise.player.sequencing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.launch.Attempt;
import org.pathwise.player.launch.AttemptRepository;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.sequencing.ActivityTree;
import org.pathwise.scorm.sequencing.NavRequest;
import org.pathwise.scorm.sequencing.Outcome;
import org.pathwise.scorm.sequencing.ScoReport;
import org.pathwise.scorm.sequencing.Sequencer;
import org.pathwise.scorm.sequencing.SequencingState;
import org.pathwise.scorm.sequencing.TocEntry;
import org.pathwise.tool.platform.ApiException;

/**
 * Runs the {@link Sequencer} of a sequenced SCORM 2004 package for the player: launching a unit is a choice request
 * (or the start/resume of the session), next/previous and the SCO's {@code adl.nav.request} are navigation requests,
 * commits report the SCO's status. Each call loads the learner's state, applies the request and stores the state in
 * the caller's transaction.
 */
@ApplicationScoped
public class PlayerSequencing {

    @Inject
    SequencingTrees trees;

    @Inject
    SequencingStore store;

    @Inject
    AttemptRepository attempts;

    RandomGenerator random = new SecureRandom();

    /**
     * What the player shows for a sequenced package.
     *
     * @param toc by item identifier
     */
    public record View(Map<String, TocEntry> toc, boolean continueValid, boolean previousValid, Judgement course) {}

    /** The result of a navigation request: the unit to play next, or none (with the outcome saying why). */
    public record Navigation(Outcome outcome, StoredUnit next) {}

    public boolean isSequenced(StoredPackage pkg) {
        return trees.of(pkg).isPresent();
    }

    /**
     * The learner launches {@code unit}: starts or resumes the session, or makes a choice request for it.
     *
     * @throws ApiException CONFLICT naming the reason when the package's sequencing does not allow it now
     */
    public Optional<View> launch(Connection c, String learnerId, StoredPackage pkg, StoredUnit unit)
            throws SQLException {
        Optional<ActivityTree> tree = trees.of(pkg);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Sequencer s = load(c, learnerId, pkg, tree.get());
        SequencingState state = s.state();
        String item = unit.itemId();
        Outcome outcome;
        if (state.current == null || state.ended || state.suspended) {
            outcome = s.start();
            if (!item.equals(outcome.activityId())) {
                outcome = s.navigate(NavRequest.choice(item));
            }
        } else if (item.equals(state.current)) {
            outcome = new Outcome(Outcome.Kind.DELIVER, item, null);
        } else {
            outcome = s.navigate(NavRequest.choice(item));
        }
        if (!outcome.delivers() || !item.equals(outcome.activityId())) {
            throw new ApiException(
                    ApiException.Kind.CONFLICT,
                    "\"" + unit.title() + "\" cannot be launched now: "
                            + (outcome.reason() == null
                                    ? "the package's sequencing leads elsewhere"
                                    : outcome.reason()));
        }
        store.save(c, learnerId, pkg.id(), state);
        return Optional.of(view(s));
    }

    /** A navigation request (continue, previous, exitAll, suspendAll, or an adl.nav.request value). */
    public Navigation navigate(Connection c, String learnerId, StoredPackage pkg, String request) throws SQLException {
        ActivityTree tree = trees.of(pkg)
                .orElseThrow(() ->
                        new ApiException(ApiException.Kind.BAD_REQUEST, "package " + pkg.id() + " has no sequencing"));
        NavRequest nav = NavRequest.parse(request);
        if (nav.type() == NavRequest.Type.NONE) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "unknown navigation request: " + request);
        }
        Sequencer s = load(c, learnerId, pkg, tree);
        syncCurrent(c, learnerId, pkg, s);
        Outcome outcome = s.navigate(nav);
        if (outcome.kind() == Outcome.Kind.REFUSED) {
            throw new ApiException(ApiException.Kind.CONFLICT, "navigation refused: " + outcome.reason());
        }
        store.save(c, learnerId, pkg.id(), s.state());
        StoredUnit next = outcome.delivers() ? unitOf(pkg, outcome.activityId()) : null;
        return new Navigation(outcome, next);
    }

    /**
     * The course's rolled-up status before and after a report, and whether the sequencer would then accept
     * continue/previous.
     */
    public record CourseChange(Judgement before, Judgement after, boolean continueValid, boolean previousValid) {}

    /**
     * A commit of a unit's SCO: its judged status goes into the activity tree and rolls up.
     *
     * @return the course's status before and after, when the package is sequenced and the unit is the current activity
     */
    public Optional<CourseChange> report(
            Connection c, String learnerId, StoredPackage pkg, StoredUnit unit, Judgement judged) throws SQLException {
        Optional<ActivityTree> tree = trees.of(pkg);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Sequencer s = load(c, learnerId, pkg, tree.get());
        if (!unit.itemId().equals(s.state().current) || s.state().ended) {
            return Optional.empty();
        }
        Judgement before = s.courseStatus();
        s.report(unit.itemId(), ScoReport.of(judged));
        store.save(c, learnerId, pkg.id(), s.state());
        return Optional.of(new CourseChange(before, s.courseStatus(), s.continueValid(), s.previousValid()));
    }

    /**
     * The SCO terminated with {@code adl.nav.request} exitAll, abandonAll or suspendAll: the sequencing session ends or
     * is suspended (the SCO's page shows that the learner left). Other requests arrive as page navigations.
     */
    public void afterTerminate(Connection c, String learnerId, StoredPackage pkg, StoredUnit unit, String navRequest)
            throws SQLException {
        Optional<ActivityTree> tree = trees.of(pkg);
        NavRequest nav = NavRequest.parse(navRequest);
        if (tree.isEmpty()
                || !(nav.type() == NavRequest.Type.EXIT_ALL
                        || nav.type() == NavRequest.Type.ABANDON_ALL
                        || nav.type() == NavRequest.Type.SUSPEND_ALL)) {
            return;
        }
        Sequencer s = load(c, learnerId, pkg, tree.get());
        if (unit.itemId().equals(s.state().current) && !s.state().ended) {
            s.navigate(nav);
            store.save(c, learnerId, pkg.id(), s.state());
        }
    }

    /** The course's rolled-up status for the learner, when the package is sequenced and was started. */
    public Optional<Judgement> courseStatus(Connection c, String learnerId, StoredPackage pkg) throws SQLException {
        Optional<ActivityTree> tree = trees.of(pkg);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        return store.lock(c, learnerId, pkg.id()).map(state -> new Sequencer(tree.get(), state, random).courseStatus());
    }

    private Sequencer load(Connection c, String learnerId, StoredPackage pkg, ActivityTree tree) throws SQLException {
        SequencingState state = store.lock(c, learnerId, pkg.id()).orElseGet(SequencingState::new);
        return new Sequencer(tree, state, random);
    }

    /** The terminated SCO's last committed status, in case its final commit raced the navigation request. */
    private void syncCurrent(Connection c, String learnerId, StoredPackage pkg, Sequencer s) throws SQLException {
        String current = s.state().current;
        if (current == null || s.state().ended) {
            return;
        }
        StoredUnit unit = unitOf(pkg, current);
        if (unit == null) {
            return;
        }
        Optional<Judgement> judged = attempts.latest(c, learnerId, unit.id()).map(Attempt::judgement);
        if (judged.isPresent() && judged.get().completion() != Judgement.Completion.NOT_ATTEMPTED) {
            s.report(current, ScoReport.of(judged.get()));
        }
    }

    private static StoredUnit unitOf(StoredPackage pkg, String itemId) {
        return pkg.units().stream()
                .filter(u -> u.itemId().equals(itemId))
                .findFirst()
                .orElse(null);
    }

    private static View view(Sequencer s) {
        Map<String, TocEntry> toc = new LinkedHashMap<>();
        s.toc().forEach(e -> toc.put(e.id(), e));
        return new View(toc, s.continueValid(), s.previousValid(), s.courseStatus());
    }
}
