package org.pathwise.player.cmi5;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.db.Tx;
import org.pathwise.player.launch.Tokens;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.LaunchMethod;
import org.pathwise.scorm.cmi5.lms.Cmi5Launch;
import org.pathwise.scorm.cmi5.lms.CourseIds;
import org.pathwise.scorm.cmi5.lms.LaunchUrl;
import org.pathwise.scorm.cmi5.lms.LmsStatements;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.LaunchHandles;
import org.pathwise.tool.session.ToolSession;

/**
 * Launches a cmi5 AU (cmi5 §8, §10): finds or makes the learner's registration for the course (evaluating moveOn at
 * registration time), ends the registration's open sessions (terminated or abandoned), makes a session with a
 * single-use fetch token, writes LMS.LaunchData and records "launched" in the LRS, and builds the launch URL.
 */
@ApplicationScoped
public class Cmi5LaunchService {

    /** The returnURL of a session is this path + the session id ({@link Cmi5Pages}). */
    static final String RETURN_PATH = "/play/cmi5/return/";

    private static final Set<String> MODES = Set.of("Normal", "Browse", "Review");

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    Cmi5Courses courses;

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5Progress progress;

    @Inject
    Cmi5Lrs lrs;

    @Inject
    Cmi5Settings settings;

    @Inject
    LaunchHandles handles;

    Clock clock = Clock.systemUTC();

    public Cmi5PlayerConfig launch(
            ToolSession learner, StoredPackage pkg, StoredUnit unit, String mode, boolean withoutCookie) {
        String launchMode = mode == null || mode.isBlank() ? "Normal" : mode;
        if (!MODES.contains(launchMode)) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "mode: one of Normal, Browse, Review");
        }
        Cmi5Course course = courses.of(pkg);
        AssignableUnit au = courses.au(course, unit);
        String sessionId = UUID.randomUUID().toString();
        String fetchToken = Tokens.newToken();
        Enrollment enrollment = Tx.run(dataSource, c -> {
            Enrollment e = enroll(c, learner, pkg, course);
            for (SessionRow open : repository.openSessions(c, e.registration().id())) {
                progress.close(c, e, open);
            }
            repository.insert(
                    c,
                    new SessionRow(
                            sessionId,
                            e.registration().id(),
                            unit.id(),
                            launchMode,
                            Tokens.hash(fetchToken),
                            clock.instant(),
                            null,
                            null,
                            SessionRow.OPEN));
            return e;
        });
        // the AU opens its returnURL once, when it exits, maybe hours later: without the cookie the page there needs a
        // one-time launch handle that lives as long as the tool session
        String returnUrl = settings.toolUrl()
                + RETURN_PATH
                + sessionId
                + (withoutCookie
                        ? "?s=" + URLEncoder.encode(handles.issueUntilSessionEnd(learner), StandardCharsets.UTF_8)
                        : "");
        Cmi5Launch launch = enrollment.session(au, sessionId, launchMode, returnUrl);
        String auUrl = auUrl(pkg, unit);
        try {
            lrs.putLaunchData(launch);
            lrs.offerPreferences(launch, learner.locale());
            lrs.record(LmsStatements.launched(launch, auUrl, clock.instant()));
        } catch (ApiException e) {
            Tx.run(dataSource, c -> repository.end(c, sessionId, "FAILED", clock.instant()));
            throw e;
        }
        String fetch = settings.toolUrl() + "/api/cmi5/fetch/" + sessionId + "?k=" + fetchToken;
        return new Cmi5PlayerConfig(
                pkg.title(),
                unit.title(),
                enrollment.registration().id(),
                sessionId,
                launch.activityId(),
                au.id(),
                launchMode,
                LaunchUrl.of(auUrl, settings.lrsEndpoint(), fetch, launch),
                au.launchMethod() == LaunchMethod.OWN_WINDOW,
                "/api/cmi5/sessions/" + sessionId,
                RETURN_PATH + sessionId);
    }

    /** The learner's registration for the course, made (and moveOn evaluated, §9.6.1) on the first launch. */
    private Enrollment enroll(Connection c, ToolSession learner, StoredPackage pkg, Cmi5Course course)
            throws SQLException {
        CourseIds ids = CourseIds.of(settings.toolUrl(), pkg.id(), course);
        var existing = repository.registration(c, learner.learnerId(), pkg.id());
        if (existing.isPresent()) {
            return new Enrollment(settings.toolUrl(), existing.get(), course, ids);
        }
        Registration made =
                new Registration(UUID.randomUUID().toString(), pkg.id(), learner.learnerId(), Instant.now(clock));
        repository.insert(c, made);
        Enrollment e = new Enrollment(settings.toolUrl(), made, course, ids);
        progress.evaluate(c, e, UUID.randomUUID().toString());
        return e;
    }

    private String auUrl(StoredPackage pkg, StoredUnit unit) {
        String url = unit.launchUrl();
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return settings.toolUrl() + "/content/" + pkg.id() + "/" + url;
    }
}
