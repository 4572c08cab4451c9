package org.pathwise.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The running product: the database (embedded unless the environment names one) and Payara Micro with the WARs.
 * {@link #close()} stops both, the server first.
 */
public final class PathwiseServer implements AutoCloseable {

    private final ServerOptions options;
    private final EmbeddedDatabase embedded;
    private final PayaraMicroProcess payara;
    private final DatabaseSettings database;
    private final FirstStartSecrets secrets;

    private PathwiseServer(
            ServerOptions options,
            EmbeddedDatabase embedded,
            PayaraMicroProcess payara,
            DatabaseSettings database,
            FirstStartSecrets secrets) {
        this.options = options;
        this.embedded = embedded;
        this.payara = payara;
        this.database = database;
        this.secrets = secrets;
    }

    /** Starts everything and returns once {@code /health/ready} answers 200. */
    public static PathwiseServer start(ServerOptions options, Map<String, String> env) {
        DatabaseSettings external = DatabaseSettings.fromEnvironment(env);
        EmbeddedDatabase embedded = null;
        PayaraMicroProcess payara = null;
        try {
            FirstStartSecrets secrets = FirstStartSecrets.loadOrCreate(options.home(), env);
            if (external == null) {
                embedded = EmbeddedDatabase.start(options.home().resolve("mariadb"), options.throwaway());
            }
            DatabaseSettings database = external != null ? external : embedded.settings();
            Map<String, String> props = new HashMap<>(database.asSystemProperties());
            props.put("pathwise.public-url", "http://localhost:" + options.port());
            props.put("pathwise.lrs.internal-url", "http://127.0.0.1:" + options.port() + "/xapi");
            props.put("pathwise.demo.enabled", String.valueOf(options.demo()));
            props.put("pathwise.content-dir", options.home().resolve("content").toString());
            sampleContent(options.home()).ifPresent(dir -> props.put("pathwise.demo.content-dir", dir.toString()));
            props.putAll(options.extraProperties());
            Map<String, String> childEnv = new HashMap<>(secrets.asEnvironment());
            payara = PayaraMicroProcess.start(options, props, childEnv);
            payara.awaitReady(
                    Duration.ofMinutes(4),
                    options.wars().stream()
                            .map(war -> war.getFileName().toString().replaceFirst("\\.war$", ""))
                            .toList());
            return new PathwiseServer(options, embedded, payara, database, secrets);
        } catch (IOException | RuntimeException e) {
            closeQuietly(payara, embedded);
            throw new IllegalStateException(
                    "Pathwise did not start: " + e.getMessage() + " (log: "
                            + options.home().resolve("logs/server.log") + ")",
                    e);
        } catch (InterruptedException e) {
            closeQuietly(payara, embedded);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting", e);
        }
    }

    /** The Golf sample packages of {@code shared/content} beside the repository, when they are there. */
    static java.util.Optional<java.nio.file.Path> sampleContent(java.nio.file.Path home) {
        for (java.nio.file.Path dir = home.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            java.nio.file.Path golf =
                    dir.resolveSibling("shared").resolve("content").resolve("golf-examples");
            if (java.nio.file.Files.isDirectory(golf)) {
                return java.util.Optional.of(golf);
            }
        }
        return java.util.Optional.empty();
    }

    private static void closeQuietly(AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            if (part != null) {
                try {
                    part.close();
                } catch (Exception ignored) {
                    // best effort while failing
                }
            }
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + options.port();
    }

    /** The server's log file (everything Payara Micro printed). */
    public java.nio.file.Path logFile() {
        return options.home().resolve("logs").resolve("server.log");
    }

    public DatabaseSettings database() {
        return database;
    }

    public String adminSecret() {
        return secrets.adminSecret();
    }

    public String demoXapiKey() {
        return secrets.demoXapiKey();
    }

    public String demoXapiSecret() {
        return secrets.demoXapiSecret();
    }

    boolean firstStart() {
        return secrets.firstStart();
    }

    boolean embeddedDatabase() {
        return embedded != null;
    }

    long serverPid() {
        return payara.pid();
    }

    @Override
    public void close() {
        payara.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
