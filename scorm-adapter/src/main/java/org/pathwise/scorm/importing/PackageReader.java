package org.pathwise.scorm.importing;

import java.nio.file.Path;
import org.pathwise.scorm.cmi5.CourseStructureParser;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.pkg.ContentPackage;
import org.pathwise.scorm.pkg.PackageDetector;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageKind;

/** Detects, parses and checks an unpacked package folder, without copying or moving anything. */
public final class PackageReader {

    private PackageReader() {}

    /**
     * @return a {@link org.pathwise.scorm.manifest.ScormManifest} or a {@link org.pathwise.scorm.cmi5.Cmi5Course}
     * @throws PackageImportException when the package is unknown, invalid or misses a launch file
     */
    public static ContentPackage read(Path root) {
        PackageKind kind = PackageDetector.detect(root);
        ContentPackage content =
                switch (kind) {
                    case SCORM_MANIFEST -> ManifestParser.parse(root);
                    case CMI5_COURSE_STRUCTURE -> CourseStructureParser.parse(root);
                };
        LaunchFileCheck.requireLaunchFiles(root, content, kind.fileName());
        return content;
    }
}
