package org.pathwise.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One server per test JVM for the integration tests: throwaway embedded MariaDB (or the database named by
 * {@code PATHWISE_DB_URL}), a free port, the WARs given by the {@code pathwise.test.wars} system property
 * (comma-separated paths). Stopped when the JVM exits.
 */
public final class TestServer {

    private static PathwiseServer server;

    private TestServer() {}

    public static synchronized PathwiseServer get() {
        if (server == null) {
            server = startForTests();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-server-shutdown"));
        }
        return server;
    }

    private static PathwiseServer startForTests() {
        try {
            Path home = Files.createTempDirectory("pathwise-it-");
            List<Path> wars = java.util.Arrays.stream(
                            System.getProperty("pathwise.test.wars", "").split(","))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .toList();
            if (wars.isEmpty()) {
                throw new IllegalStateException("Set -Dpathwise.test.wars to the WARs to deploy");
            }
            ServerOptions options = new ServerOptions(
                    EmbeddedDatabase.freePort(), home, true, true, wars, "768m", Map.of(), System.out);
            return PathwiseServer.start(options, System.getenv());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
