package org.pathwise.scorm.importing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/** Copies an unpacked package folder under the same limits as an archive, refusing symbolic links. */
final class FolderCopier {

    private final ImportLimits limits;

    FolderCopier(ImportLimits limits) {
        this.limits = limits;
    }

    void copy(Path source, Path target) {
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackageImportException(Kind.INVALID_ARCHIVE, source + " is not a folder");
        }
        try {
            Files.walkFileTree(source, new Copier(source, target));
        } catch (IOException e) {
            throw new PackageImportException(Kind.STORAGE_ERROR, "copy failed: " + e.getMessage(), e);
        }
    }

    private final class Copier extends SimpleFileVisitor<Path> {
        private final Path source;
        private final Path target;
        private int entries;
        private long bytes;

        Copier(Path source, Path target) {
            this.source = source;
            this.target = target;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            count();
            Files.createDirectories(target.resolve(source.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String name = source.relativize(file).toString().replace('\\', '/');
            if (!attrs.isRegularFile()) {
                throw new PackageImportException(
                        Kind.UNSAFE_ARCHIVE,
                        "\"" + name + "\" is a symbolic link or"
                                + " special file; a package may hold only regular files and folders");
            }
            count();
            bytes += attrs.size();
            if (bytes > limits.maxExpandedBytes()) {
                throw new PackageImportException(
                        Kind.TOO_LARGE,
                        "the folder holds more than " + limits.maxExpandedBytes() + " bytes, the limit");
            }
            Files.copy(file, target.resolve(name), LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
        }

        private void count() {
            if (++entries > limits.maxEntries()) {
                throw new PackageImportException(
                        Kind.TOO_LARGE, "the folder holds more than " + limits.maxEntries() + " entries, the limit");
            }
        }
    }
}
