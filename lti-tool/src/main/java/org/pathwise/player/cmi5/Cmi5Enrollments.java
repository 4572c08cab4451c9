package org.pathwise.player.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.lms.CourseIds;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.ToolSession;

/** Loads a registration with its course; checks who may see it (its learner, instructors). */
@ApplicationScoped
public class Cmi5Enrollments {

    @Inject
    Cmi5Repository repository;

    @Inject
    PackageRepository packages;

    @Inject
    Cmi5Courses courses;

    @Inject
    Cmi5Settings settings;

    public Optional<Enrollment> find(Connection c, String registrationId) throws SQLException {
        Optional<Registration> r = repository.registration(c, registrationId);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        StoredPackage pkg = packages.find(r.get().packageId()).orElseThrow();
        Cmi5Course course = courses.of(pkg);
        return Optional.of(new Enrollment(
                settings.toolUrl(), r.get(), course, CourseIds.of(settings.toolUrl(), pkg.id(), course)));
    }

    /** The registration, for its learner or an instructor; 404 otherwise (its existence is not revealed). */
    public Enrollment visible(Connection c, ToolSession who, String registrationId) throws SQLException {
        return find(c, registrationId)
                .filter(e -> who.isInstructor() || e.registration().learnerId().equals(who.learnerId()))
                .orElseThrow(() -> new ApiException(ApiException.Kind.NOT_FOUND, "no registration " + registrationId));
    }
}
