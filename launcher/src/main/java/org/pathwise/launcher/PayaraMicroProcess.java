package org.pathwise.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro in a child JVM with the WARs deployed. Its full log goes to a file; warnings, errors and the
 * product's own messages are echoed to the console so that a person can read them.
 */
final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final LogPump log;

    private PayaraMicroProcess(Process process, int port, LogPump log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static PayaraMicroProcess start(
            ServerOptions options, Map<String, String> systemProperties, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + options.maxHeap());
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.net.preferIPv4Stack=true");
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(PayaraMicroJar.locate().toString());
        command.addAll(List.of("--port", String.valueOf(options.port()), "--disablephonehome", "--nocluster"));
        // Payara's runtime directory is not data: start each time from a clean one, or it redeploys stale apps
        Path runtime = options.home().resolve("payara");
        deleteTree(runtime);
        command.addAll(List.of("--rootdir", runtime.toString()));
        command.addAll(
                List.of("--prebootcommandfile", bootCommands(options.home()).toString()));
        for (Path war : options.wars()) {
            command.addAll(List.of("--deploy", war.toString()));
        }
        Files.createDirectories(options.home().resolve("logs"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        LogPump log = LogPump.start(process, options.home().resolve("logs").resolve("server.log"), options.console());
        return new PayaraMicroProcess(process, options.port(), log);
    }

    /**
     * asadmin commands run before Payara Micro boots. Its HTTP listeners add {@code X-Frame-Options: SAMEORIGIN} to
     * every response that has none, which forbids the LMS (another origin) to frame the tool; Pathwise sends
     * {@code Content-Security-Policy: frame-ancestors} with the registered platforms instead.
     */
    static Path bootCommands(Path home) throws IOException {
        String protocols = "configs.config.server-config.network-config.protocols.protocol.";
        Files.createDirectories(home);
        Path file = home.resolve("payara-preboot.asadmin");
        Files.writeString(
                file,
                "set " + protocols + "http-listener.http.xframe-options=false\n" + "set " + protocols
                        + "https-listener.http.xframe-options=false\n" + "set " + protocols
                        + "http-listener.http.http2-enabled=false\n");
        return file;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Waits until {@code /health/ready} answers 200 with a check named after each deployed WAR (a WAR that failed to
     * deploy reports none, and Payara Micro would otherwise run without it), the process dies, or the timeout passes.
     */
    void awaitReady(Duration timeout, List<String> warNames) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        List<String> missing = warNames;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            if (log.deploymentError() != null) {
                throw new IllegalStateException("A WAR failed to deploy: " + log.deploymentError());
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                missing = warNames.stream()
                        .filter(name -> !answer.body().contains("\"" + name + "\""))
                        .toList();
                if (answer.statusCode() == 200 && missing.isEmpty()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s; not ready: "
                + missing + " (see the SEVERE lines of the server log)");
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
