package org.pathwise.scorm.cmi5;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** Rules spanning elements: ids are absolute IRIs (cmi5 §3) and unique, objective references resolve. */
final class CourseStructureRules {

    /** An absolute IRI: a scheme, a colon, then no whitespace or characters never allowed in an IRI. */
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");

    private final XmlValues values;

    CourseStructureRules(XmlValues values) {
        this.values = values;
    }

    void check(Cmi5Course course, Map<String, List<Integer>> idLines) {
        for (Map.Entry<String, List<Integer>> id : idLines.entrySet()) {
            int line = id.getValue().get(0);
            if (!IRI.matcher(id.getKey()).matches()) {
                throw error(
                        line,
                        "id \"" + id.getKey() + "\" is not an IRI (cmi5 ids must be fully qualified, e.g."
                                + " https://example.com/course/1)");
            }
            if (id.getValue().size() > 1) {
                throw error(
                        id.getValue().get(1),
                        "id \"" + id.getKey() + "\" is used more than once (first on line " + line
                                + "); course, block, AU and objective ids must be unique");
            }
        }
        checkObjectiveReferences(course);
    }

    private void checkObjectiveReferences(Cmi5Course course) {
        Set<String> declared = new HashSet<>();
        course.objectives().forEach(o -> declared.add(o.id()));
        Stream.concat(
                        course.blocks().stream().map(b -> Map.entry(b.id(), b.objectiveIds())),
                        course.assignableUnits().stream().map(a -> Map.entry(a.id(), a.objectiveIds())))
                .forEach(node -> node.getValue().stream()
                        .filter(ref -> !declared.contains(ref))
                        .findFirst()
                        .ifPresent(ref -> {
                            throw error(
                                    0,
                                    "\"" + node.getKey() + "\" references objective \"" + ref
                                            + "\", which is not declared in <objectives>");
                        }));
    }

    private PackageImportException error(int line, String problem) {
        return new PackageImportException(Kind.INVALID_PACKAGE, values.fileName(), line, problem);
    }
}
