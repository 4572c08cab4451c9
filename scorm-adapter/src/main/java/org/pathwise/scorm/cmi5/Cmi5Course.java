package org.pathwise.scorm.cmi5;

import java.util.List;
import java.util.stream.Stream;
import org.pathwise.scorm.pkg.ContentPackage;
import org.pathwise.scorm.pkg.LaunchableUnit;
import org.pathwise.scorm.pkg.PackageStandard;

/**
 * A parsed cmi5 course structure.
 *
 * @param id the course publisher id (an IRI)
 * @param children the top-level blocks and AUs in document order
 */
public record Cmi5Course(
        String id,
        LocalizedText courseTitle,
        LocalizedText description,
        List<Cmi5Objective> objectives,
        List<CourseNode> children,
        List<String> notes)
        implements ContentPackage {

    public Cmi5Course {
        objectives = List.copyOf(objectives);
        children = List.copyOf(children);
        notes = List.copyOf(notes);
    }

    @Override
    public PackageStandard standard() {
        return PackageStandard.CMI5;
    }

    @Override
    public String identifier() {
        return id;
    }

    @Override
    public String title() {
        return courseTitle.text();
    }

    /** Every AU, depth first in document order. */
    public List<AssignableUnit> assignableUnits() {
        return nodes(children)
                .filter(AssignableUnit.class::isInstance)
                .map(AssignableUnit.class::cast)
                .toList();
    }

    /** Every block, depth first in document order. */
    public List<Block> blocks() {
        return nodes(children)
                .filter(Block.class::isInstance)
                .map(Block.class::cast)
                .toList();
    }

    @Override
    public List<LaunchableUnit> launchables() {
        return assignableUnits().stream()
                .map(au -> new LaunchableUnit(au.id(), au.title().text(), au.url(), true))
                .toList();
    }

    private static Stream<CourseNode> nodes(List<CourseNode> level) {
        return level.stream()
                .flatMap(n -> n instanceof Block b ? Stream.concat(Stream.of(n), nodes(b.children())) : Stream.of(n));
    }
}
