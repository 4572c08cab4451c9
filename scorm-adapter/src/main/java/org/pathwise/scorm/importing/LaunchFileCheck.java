package org.pathwise.scorm.importing;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathwise.scorm.manifest.Resource;
import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.pkg.ContentPackage;
import org.pathwise.scorm.pkg.LaunchableUnit;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.PackagePaths;

/** Checks that every relative launch URL of a package names a file inside it. */
final class LaunchFileCheck {

    private static final int LISTED = 10;

    private LaunchFileCheck() {}

    /**
     * @param descriptor the manifest or course structure file name, for the message
     * @throws PackageImportException MISSING_FILE listing every missing launch file and who launches it
     */
    static void requireLaunchFiles(Path root, ContentPackage content, String descriptor) {
        List<String> missing = new ArrayList<>();
        for (LaunchableUnit unit : content.launchables()) {
            localFile(unit.launchUrl(), descriptor, unit.id())
                    .filter(file -> !isFile(root, file))
                    .ifPresent(file -> missing.add(file + " (launched by \"" + unit.id() + "\")"));
        }
        if (!missing.isEmpty()) {
            throw new PackageImportException(
                    Kind.MISSING_FILE,
                    descriptor,
                    "launch file" + (missing.size() == 1 ? " is" : "s are") + " missing from the package: "
                            + String.join(", ", new LinkedHashSet<>(missing)));
        }
    }

    /** Files listed by {@code <file href>} but absent: worth a warning, not a rejection (many tools list loosely). */
    static List<String> missingListedFiles(Path root, ContentPackage content) {
        if (!(content instanceof ScormManifest manifest)) {
            return List.of();
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Resource resource : manifest.resources().values()) {
            for (String href : resource.files()) {
                safeLocal(href).filter(file -> !isFile(root, file)).ifPresent(missing::add);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> shown = missing.stream().limit(LISTED).toList();
        return List.of(missing.size() + " file(s) listed in imsmanifest.xml are not in the package: "
                + String.join(", ", shown) + (missing.size() > LISTED ? ", ..." : ""));
    }

    private static Optional<String> localFile(String url, String descriptor, String id) {
        try {
            return PackagePaths.localFile(url);
        } catch (IllegalArgumentException e) {
            throw new PackageImportException(
                    Kind.INVALID_PACKAGE, descriptor, "launch URL of \"" + id + "\": " + e.getMessage());
        }
    }

    private static Optional<String> safeLocal(String url) {
        try {
            return PackagePaths.localFile(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isFile(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
