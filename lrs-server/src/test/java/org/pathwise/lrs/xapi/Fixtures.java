package org.pathwise.lrs.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads test fixtures from the classpath. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names (without .json) of the JSON fixtures in a classpath folder. */
    public static List<String> names(String folder) {
        try (Stream<Path> files =
                Files.list(Path.of(Fixtures.class.getResource(folder).toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The versions a fixture applies to, by its name prefix: v1- for 1.0.3, v2- for 2.0.0, else both. */
    public static List<XapiVersion> versionsOf(String name) {
        if (name.startsWith("v1-")) {
            return List.of(XapiVersion.V1_0_3);
        }
        if (name.startsWith("v2-")) {
            return List.of(XapiVersion.V2_0_0);
        }
        return List.of(XapiVersion.values());
    }
}
