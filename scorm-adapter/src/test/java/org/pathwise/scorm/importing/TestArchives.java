package org.pathwise.scorm.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip files in tests: from a sample folder, or entry by entry (including hostile names). */
public final class TestArchives {

    private TestArchives() {}

    /** Zips the contents of {@code folder} (not the folder itself) into {@code zip}. */
    public static Path zipFolder(Path folder, Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a zip holding the given entries, in order; names are written exactly as given. */
    public static Path zip(Path zip, Map<String, byte[]> entries) {
        return zip(
                zip,
                entries.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue()))
                        .toList());
    }

    public static Path zip(Path zip, List<Map.Entry<String, byte[]>> entries) {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
