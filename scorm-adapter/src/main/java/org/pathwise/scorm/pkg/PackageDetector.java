package org.pathwise.scorm.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Tells which standard's descriptor an unpacked package root holds: {@code cmi5.xml} or {@code imsmanifest.xml}. */
public final class PackageDetector {

    private static final int HINT_SEARCH_DEPTH = 3;

    private PackageDetector() {}

    /**
     * Detects the package kind from the files at {@code root}.
     *
     * @throws PackageImportException of kind UNKNOWN_STANDARD naming what was missing (and where a misplaced
     *     descriptor was found, if one was)
     */
    public static PackageKind detect(Path root) {
        if (Files.isRegularFile(root.resolve(PackageKind.CMI5_COURSE_STRUCTURE.fileName()))) {
            return PackageKind.CMI5_COURSE_STRUCTURE;
        }
        if (Files.isRegularFile(root.resolve(PackageKind.SCORM_MANIFEST.fileName()))) {
            return PackageKind.SCORM_MANIFEST;
        }
        String problem = "not a SCORM or cmi5 package: no imsmanifest.xml (SCORM 1.2/2004) and no cmi5.xml (cmi5)"
                + " at the package root";
        throw new PackageImportException(
                PackageImportException.Kind.UNKNOWN_STANDARD,
                problem
                        + misplacedDescriptor(root)
                                .map(p -> "; found " + p + " instead: the descriptor must be at"
                                        + " the root of the zip, so zip the folder's contents rather than the folder")
                                .orElse(""));
    }

    private static Optional<String> misplacedDescriptor(Path root) {
        try (Stream<Path> files = Files.walk(root, HINT_SEARCH_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> isDescriptorName(p.getFileName().toString()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDescriptorName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("imsmanifest.xml") || lower.equals("cmi5.xml");
    }
}
