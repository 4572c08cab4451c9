package org.pathwise.player.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwise.player.content.ContentLibrary;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.CourseStructureParser;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.tool.platform.ApiException;

/**
 * The course structure of an imported cmi5 package, read from its stored {@code cmi5.xml} (packages never change
 * after import, so each is parsed once).
 */
@ApplicationScoped
public class Cmi5Courses {

    private final Map<String, Cmi5Course> parsed = new ConcurrentHashMap<>();

    @Inject
    ContentLibrary library;

    public Cmi5Course of(StoredPackage pkg) {
        if (pkg.standard() != PackageStandard.CMI5) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "package " + pkg.id() + " is not a cmi5 course");
        }
        return parsed.computeIfAbsent(pkg.id(), id -> CourseStructureParser.parse(library.folder(id)));
    }

    /** The course structure of a package the caller knows to be cmi5, by id (parsed once, no database read). */
    public Cmi5Course ofCmi5Package(String packageId) {
        return parsed.computeIfAbsent(packageId, id -> CourseStructureParser.parse(library.folder(id)));
    }

    /** The AU a unit stands for (units are the course's AUs in document order). */
    public AssignableUnit au(Cmi5Course course, StoredUnit unit) {
        AssignableUnit au = course.assignableUnits().get(unit.position());
        if (!au.id().equals(unit.itemId())) {
            throw new IllegalStateException("unit " + unit.id() + " does not match AU " + au.id());
        }
        return au;
    }
}
