package org.pathwise.scorm.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/**
 * Extracts a zip (32- or 64-bit) into an empty folder, refusing zip-slip names, duplicate entries and zip bombs: the
 * entry count, the bytes actually written (never the sizes the archive claims) and each entry's expansion ratio are
 * checked while extracting. Symbolic-link entries cannot escape: they are written as plain files, never as links.
 */
final class SafeUnzipper {

    private static final int BUFFER = 64 * 1024;

    private final ImportLimits limits;
    private long expanded;

    SafeUnzipper(ImportLimits limits) {
        this.limits = limits;
    }

    void unzip(Path zip, Path target) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.size() > limits.maxEntries()) {
                throw tooManyEntries();
            }
            int count = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                if (++count > limits.maxEntries()) {
                    throw tooManyEntries();
                }
                extract(archive, entries.nextElement(), target);
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new PackageImportException(
                    Kind.INVALID_ARCHIVE, "the upload is not a valid zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PackageImportException(Kind.STORAGE_ERROR, "extraction failed: " + e.getMessage(), e);
        }
    }

    private void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
        Path out = target.resolve(ZipEntryNames.safePath(entry.getName())).normalize();
        if (!out.startsWith(target)) {
            throw ZipEntryNames.unsafe(entry.getName(), "resolves outside the package");
        }
        try {
            if (entry.isDirectory()) {
                Files.createDirectories(out);
                return;
            }
            Files.createDirectories(out.getParent());
            if (!out.getParent().toRealPath().startsWith(target.toRealPath())) {
                throw ZipEntryNames.unsafe(entry.getName(), "is written through a link outside the package");
            }
            try (InputStream in = archive.getInputStream(entry);
                    OutputStream os = Files.newOutputStream(
                            out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                copy(entry, in, os);
            }
        } catch (FileAlreadyExistsException e) {
            throw ZipEntryNames.unsafe(entry.getName(), "collides with another entry of the same name");
        }
    }

    private void copy(ZipEntry entry, InputStream in, OutputStream out) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            written += n;
            expanded += n;
            if (expanded > limits.maxExpandedBytes()) {
                throw new PackageImportException(
                        Kind.TOO_LARGE,
                        "the archive expands to more than " + limits.maxExpandedBytes()
                                + " bytes, the limit (zip bomb?)");
            }
            if (written > limits.ratioCheckFloorBytes() && written / compressed > limits.maxCompressionRatio()) {
                throw new PackageImportException(
                        Kind.TOO_LARGE,
                        "archive entry \"" + entry.getName()
                                + "\" expands more than " + limits.maxCompressionRatio() + " times its compressed size"
                                + " (zip bomb?)");
            }
            out.write(buffer, 0, n);
        }
    }

    private PackageImportException tooManyEntries() {
        return new PackageImportException(
                Kind.TOO_LARGE, "the archive holds more than " + limits.maxEntries() + " entries, the limit");
    }
}
