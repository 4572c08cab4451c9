package org.pathwise.scorm.cmi5.lms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipFile;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.CourseStructureParser;
import org.pathwise.scorm.importing.SharedContent;

/** The course structures of the CATAPULT sample zips in shared/content/cmi5. */
final class Cmi5Samples {

    private Cmi5Samples() {}

    static Cmi5Course course(String zip) {
        try (ZipFile file = new ZipFile(SharedContent.content("cmi5/" + zip).toFile());
                InputStream xml = file.getInputStream(file.getEntry("cmi5.xml"))) {
            return CourseStructureParser.parse(xml, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
