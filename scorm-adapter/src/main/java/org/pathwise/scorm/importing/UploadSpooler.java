package org.pathwise.scorm.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/** Writes an upload stream to a file, stopping as soon as it passes the upload limit. */
final class UploadSpooler {

    private UploadSpooler() {}

    static void spool(InputStream upload, Path file, long maxBytes) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new PackageImportException(
                    Kind.STORAGE_ERROR, "the upload could not be stored: " + e.getMessage(), e);
        }
    }

    static PackageImportException tooLarge(long maxBytes) {
        return new PackageImportException(
                Kind.TOO_LARGE, "the upload is larger than " + maxBytes + " bytes, the limit for a package");
    }

    /** True when the file starts like a zip archive (a local file header or an empty archive's end record). */
    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
        }
    }

    /** True when the file starts like XML (after an optional UTF-8 byte-order mark and whitespace). */
    static boolean looksLikeXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(256);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '<';
        }
    }
}
