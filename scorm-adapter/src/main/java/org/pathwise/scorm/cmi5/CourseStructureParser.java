package org.pathwise.scorm.cmi5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.xml.SecureXml;
import org.pathwise.scorm.pkg.xml.XmlDocument;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/**
 * Parses and validates {@code cmi5.xml} against the rules of CourseStructure.xsd that matter (required elements and
 * attributes, enumerations, masteryScore range) and of cmi5 §13–14 (ids are IRIs and unique, objective references
 * resolve, AU urls are valid, relative only inside a zip, and carry no cmi5 launch parameter).
 */
public final class CourseStructureParser {

    public static final String FILE_NAME = "cmi5.xml";
    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    /** The namespace of early drafts of the spec, still found in some packages. */
    static final String DRAFT_NAMESPACE = "http://www.adlnet.gov/cmi5/CourseStructure.xsd";

    private CourseStructureParser() {}

    /** Parses {@code packageRoot/cmi5.xml} of a zip package: AU urls may be relative to the package root. */
    public static Cmi5Course parse(Path packageRoot) {
        try (InputStream in = Files.newInputStream(packageRoot.resolve(FILE_NAME))) {
            return parse(in, false);
        } catch (IOException e) {
            throw new PackageImportException(Kind.INVALID_PACKAGE, FILE_NAME, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a course structure.
     *
     * @param standalone true for a cmi5.xml uploaded without a zip: every AU url must then be absolute (§14.2)
     */
    public static Cmi5Course parse(InputStream xml, boolean standalone) {
        XmlDocument document = SecureXml.parse(xml, FILE_NAME);
        XmlValues values = new XmlValues(FILE_NAME);
        XmlElement root = document.root();
        List<String> notes = new ArrayList<>();
        checkRoot(root, values, notes);
        CourseStructureReader reader = new CourseStructureReader(values, root.namespace(), standalone);
        Cmi5Course course = reader.read(root, notes);
        new CourseStructureRules(values).check(course, reader.lines());
        return course;
    }

    private static void checkRoot(XmlElement root, XmlValues values, List<String> notes) {
        boolean known = Set.of(NAMESPACE, DRAFT_NAMESPACE).contains(root.namespace());
        if (!root.name().equals("courseStructure") || !known) {
            throw values.invalid(
                    root,
                    "the root element is <" + root.name() + "> in namespace \"" + root.namespace()
                            + "\"; expected <courseStructure xmlns=\"" + NAMESPACE + "\">");
        }
        if (root.namespace().equals(DRAFT_NAMESPACE)) {
            notes.add("cmi5.xml uses the draft namespace " + DRAFT_NAMESPACE + " instead of " + NAMESPACE);
        }
    }
}
