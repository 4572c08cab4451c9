package org.pathwise.scorm.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.CourseStructureParser;
import org.pathwise.scorm.pkg.ContentPackage;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/**
 * Imports a content package into a target folder: the files are staged in a hidden folder beside the target, the
 * package is detected, parsed and checked there, and only then moved into place. A failed import leaves neither the
 * target nor the staging folder behind. Pure library: no HTTP, no database.
 */
public final class PackageImporter {

    private static final String CONTENT = "content";

    private final ImportLimits limits;

    public PackageImporter(ImportLimits limits) {
        this.limits = limits;
    }

    public PackageImporter() {
        this(ImportLimits.defaults());
    }

    /**
     * Imports an upload as sent by a browser: a zip, or a standalone cmi5.xml whose AU urls are all absolute.
     *
     * @param target a folder that must not exist yet; its parent is created if needed
     */
    public ImportedPackage importUpload(InputStream upload, Path target) {
        return importUpload(upload, target, ImportStep.IGNORED);
    }

    /**
     * As {@link #importUpload(InputStream, Path)}, telling {@code steps} each step done, from {@link
     * ImportStep#RECEIVED} to {@link ImportStep#STORED}.
     */
    public ImportedPackage importUpload(InputStream upload, Path target, Consumer<ImportStep> steps) {
        return staged(target, steps, staging -> {
            Path spooled = staging.resolve("upload");
            UploadSpooler.spool(upload, spooled, limits.maxUploadBytes());
            steps.accept(ImportStep.RECEIVED);
            Path content = staging.resolve(CONTENT);
            if (UploadSpooler.looksLikeZip(spooled)) {
                new SafeUnzipper(limits).unzip(spooled, createDirectory(content));
                steps.accept(ImportStep.UNPACKED);
                ContentPackage read = PackageReader.read(content);
                steps.accept(ImportStep.PARSED);
                return read;
            }
            if (UploadSpooler.looksLikeXml(spooled)) {
                steps.accept(ImportStep.UNPACKED);
                ContentPackage read = standaloneCourseStructure(spooled, createDirectory(content));
                steps.accept(ImportStep.PARSED);
                return read;
            }
            throw new PackageImportException(
                    Kind.INVALID_ARCHIVE, "the upload is neither a zip archive nor a cmi5.xml course structure");
        });
    }

    /** Imports a zip file (32- or 64-bit). */
    public ImportedPackage importZip(Path zip, Path target) {
        return staged(target, ImportStep.IGNORED, staging -> {
            if (Files.size(zip) > limits.maxUploadBytes()) {
                throw UploadSpooler.tooLarge(limits.maxUploadBytes());
            }
            Path content = createDirectory(staging.resolve(CONTENT));
            new SafeUnzipper(limits).unzip(zip, content);
            return PackageReader.read(content);
        });
    }

    /** Imports an unpacked package folder (copied, never moved; symbolic links refused). */
    public ImportedPackage importFolder(Path folder, Path target) {
        return staged(target, ImportStep.IGNORED, staging -> {
            Path content = staging.resolve(CONTENT);
            new FolderCopier(limits).copy(folder, content);
            return PackageReader.read(content);
        });
    }

    private Cmi5Course standaloneCourseStructure(Path xml, Path content) throws IOException {
        Cmi5Course course;
        try (InputStream in = Files.newInputStream(xml)) {
            course = CourseStructureParser.parse(in, true);
        }
        Files.move(xml, content.resolve(CourseStructureParser.FILE_NAME));
        return course;
    }

    /** A step that fills {@code staging/content} and parses it. */
    private interface Stage {
        ContentPackage run(Path staging) throws IOException;
    }

    private ImportedPackage staged(Path target, Consumer<ImportStep> steps, Stage stage) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        Path staging = createStaging(absoluteTarget);
        try {
            ContentPackage content = stage.run(staging);
            Path staged = staging.resolve(CONTENT);
            List<String> warnings = LaunchFileCheck.missingListedFiles(staged, content);
            steps.accept(ImportStep.CHECKED);
            moveIntoPlace(staged, absoluteTarget);
            steps.accept(ImportStep.STORED);
            return new ImportedPackage(absoluteTarget, content, warnings);
        } catch (IOException e) {
            throw new PackageImportException(Kind.STORAGE_ERROR, "import failed: " + e.getMessage(), e);
        } finally {
            deleteRecursively(staging);
        }
    }

    private static Path createStaging(Path target) {
        try {
            if (Files.exists(target)) {
                throw new PackageImportException(Kind.STORAGE_ERROR, "the import target " + target + " already exists");
            }
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), ".import-");
        } catch (IOException e) {
            throw new PackageImportException(
                    Kind.STORAGE_ERROR, "cannot create a staging folder: " + e.getMessage(), e);
        }
    }

    private static Path createDirectory(Path dir) throws IOException {
        return Files.createDirectory(dir);
    }

    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the staging folder " + dir, e);
        }
    }
}
