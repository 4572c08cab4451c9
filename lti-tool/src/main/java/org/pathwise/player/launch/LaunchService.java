package org.pathwise.player.launch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.pathwise.player.sequencing.PlayerSequencing;
import org.pathwise.player.sequencing.SequencedToc;
import org.pathwise.scorm.runtime.AttemptRules;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.LaunchSeed;
import org.pathwise.scorm.runtime.NavigationRules;
import org.pathwise.scorm.runtime.Rollup;
import org.pathwise.scorm.runtime.UnitSettings;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.ToolSession;

/**
 * Launches a unit for the session's learner: continues the latest attempt unless it ended (then starts a new one),
 * records a launch with a fresh commit token, and seeds the run-time from the manifest and the attempt's data.
 */
@ApplicationScoped
public class LaunchService {

    private static final Duration LAUNCH_LIFETIME = Duration.ofHours(24);

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    PackageRepository packages;

    @Inject
    AttemptRepository attempts;

    @Inject
    PlayerSequencing sequencing;

    @Inject
    org.pathwise.player.runtime.SharedDataStore sharedDataStore;

    Clock clock = Clock.systemUTC();

    public PlayerConfig launch(ToolSession session, String unitId) {
        StoredUnit unit = packages.findUnit(unitId).orElseThrow(() -> notFound(unitId));
        StoredPackage pkg = packages.find(unit.packageId()).orElseThrow(() -> notFound(unitId));
        if (!pkg.standard().isScorm()) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST, pkg.standard().label() + " units are not launched by this player");
        }
        return Tx.run(dataSource, c -> start(c, session, pkg, unit));
    }

    private PlayerConfig start(Connection c, ToolSession session, StoredPackage pkg, StoredUnit unit)
            throws SQLException {
        Instant now = clock.instant();
        Attempt attempt = attempts.latest(c, session.learnerId(), unit.id()).orElse(null);
        boolean fresh = attempt == null || attempt.ended();
        if (fresh) {
            attempt = newAttempt(session, unit, attempt == null ? 1 : attempt.number() + 1, now);
            attempts.insert(c, attempt, course(session));
        }
        String entry = AttemptRules.entry(fresh, attempt.lastExit());
        String token = Tokens.newToken();
        Launch launch = new Launch(
                UUID.randomUUID().toString(),
                attempt.id(),
                Tokens.hash(token),
                entry,
                now,
                now.plus(LAUNCH_LIFETIME),
                false,
                false,
                -1,
                0);
        attempts.insertLaunch(c, launch, course(session));
        UnitSettings settings = Json.read(unit.settings(), UnitSettings.class);
        Map<String, String> seed = LaunchSeed.build(
                settings,
                session.learnerId(),
                session.name(),
                entry,
                fresh ? CmiData.EMPTY : attempt.cmi(),
                Duration.ofMillis(attempts.totalMillis(c, attempt.id())));
        return config(c, session, pkg, unit, attempt, launch, token, seed);
    }

    private PlayerConfig config(
            Connection c,
            ToolSession session,
            StoredPackage pkg,
            StoredUnit unit,
            Attempt attempt,
            Launch launch,
            String token,
            Map<String, String> seed)
            throws SQLException {
        String query = "?launch=" + launch.id() + "&t=" + token;
        String runtime = "/api/runtime/" + attempt.id();
        Optional<PlayerSequencing.View> sequenced = sequencing.launch(c, session.learnerId(), pkg, unit);
        List<PlayerConfig.TocEntry> toc = new ArrayList<>();
        List<Judgement> judged = new ArrayList<>();
        for (StoredUnit u : pkg.units()) {
            Judgement j = attempts.latest(c, session.learnerId(), u.id())
                    .map(Attempt::judgement)
                    .orElse(Judgement.NOTHING);
            if (u.tracked()) {
                judged.add(j);
            }
            if (sequenced.isPresent()) {
                SequencedToc.add(toc, sequenced.get(), u, playUrl(u.id()), u.id().equals(unit.id()));
                continue;
            }
            toc.add(new PlayerConfig.TocEntry(
                    u.id(),
                    u.itemId(),
                    u.title(),
                    playUrl(u.id()),
                    u.id().equals(unit.id()),
                    j.completion().name(),
                    j.success().name()));
        }
        NavigationRules nav = Json.read(pkg.navigation(), NavigationRules.class);
        PlayerConfig.SharedData shared = sharedData(c, session, pkg, unit);
        UnitSettings settings = Json.read(unit.settings(), UnitSettings.class);
        int at = unit.position();
        Judgement rollup = sequenced.map(PlayerSequencing.View::course).orElseGet(() -> Rollup.of(judged));
        if (sequenced.isPresent()) {
            return SequencedToc.config(
                    new PlayerConfig(
                            Json.read(unit.settings(), UnitSettings.class)
                                    .version()
                                    .name(),
                            attempt.id(),
                            launch.id(),
                            launch.entry(),
                            runtime + "/commit" + query,
                            runtime + "/initialize" + query,
                            "/content/" + pkg.id() + "/" + unit.launchUrl(),
                            unit.tracked(),
                            seed,
                            pkg.title(),
                            unit.title(),
                            unit.itemId(),
                            new PlayerConfig.Navigation(nav.choice(), nav.flow(), nav.forwardOnly()),
                            toc,
                            null,
                            null,
                            rollup.completion().name(),
                            rollup.success().name(),
                            null,
                            shared,
                            settings.hideLmsUi()),
                    sequenced.get(),
                    pkg.id());
        }
        return new PlayerConfig(
                Json.read(unit.settings(), UnitSettings.class).version().name(),
                attempt.id(),
                launch.id(),
                launch.entry(),
                runtime + "/commit" + query,
                runtime + "/initialize" + query,
                "/content/" + pkg.id() + "/" + unit.launchUrl(),
                unit.tracked(),
                seed,
                pkg.title(),
                unit.title(),
                unit.itemId(),
                new PlayerConfig.Navigation(nav.choice(), nav.flow(), nav.forwardOnly()),
                toc,
                nav.allowsPrevious() && at > 0 ? toc.get(at - 1).url() : null,
                nav.flow() && at + 1 < toc.size() ? toc.get(at + 1).url() : null,
                rollup.completion().name(),
                rollup.success().name(),
                null,
                shared,
                settings.hideLmsUi());
    }

    /** The unit's shared data maps and the stores it may read; null when it maps none. */
    private PlayerConfig.SharedData sharedData(Connection c, ToolSession session, StoredPackage pkg, StoredUnit unit)
            throws SQLException {
        UnitSettings settings = Json.read(unit.settings(), UnitSettings.class);
        if (settings.sharedData().isEmpty()) {
            return null;
        }
        List<Map<String, Object>> maps = settings.sharedData().stream()
                .map(m -> Map.<String, Object>of(
                        "targetID", m.targetId(),
                        "readSharedData", m.readSharedData(),
                        "writeSharedData", m.writeSharedData()))
                .toList();
        return new PlayerConfig.SharedData(
                maps, sharedDataStore.readable(c, session.learnerId(), pkg.id(), settings.sharedData()));
    }

    /** The session's course as stored with attempts and launches (null when none, or too long for the column). */
    static String course(ToolSession session) {
        String context = session.contextId();
        return context == null || context.isBlank() || context.length() > 255 ? null : context;
    }

    private static Attempt newAttempt(ToolSession session, StoredUnit unit, int number, Instant now) {
        String id = UUID.randomUUID().toString();
        return new Attempt(
                id,
                session.learnerId(),
                session.name(),
                unit.id(),
                id,
                number,
                now,
                now,
                null,
                "",
                false,
                Judgement.Completion.NOT_ATTEMPTED,
                Judgement.Success.UNKNOWN,
                null,
                null,
                CmiData.EMPTY);
    }

    /** A unit's player address: a plain link (without the cookie the page's script adds a one-time handle). */
    private static String playUrl(String unitId) {
        return "/play/" + unitId;
    }

    private static ApiException notFound(String unitId) {
        return new ApiException(ApiException.Kind.NOT_FOUND, "No launchable unit " + unitId);
    }
}
