package org.pathwise.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    private PayaraMicroProcess(Process process, int port) {
        this.process = process;
        this.port = port;
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
        for (Path war : options.wars()) {
            command.addAll(List.of("--deploy", war.toString()));
        }
        Files.createDirectories(options.home().resolve("logs"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        pipeLog(process, options.home().resolve("logs").resolve("server.log"), options.console());
        return new PayaraMicroProcess(process, options.port());
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

    private static void pipeLog(Process process, Path logFile, PrintStream console) throws IOException {
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), true);
        Thread pump = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            log.println(line);
                            if (worthShowing(line)) {
                                console.println("  " + line.strip());
                            }
                        }
                    } catch (IOException e) {
                        // the process ended: nothing more to copy
                    } finally {
                        log.close();
                    }
                },
                "payara-log");
        pump.setDaemon(true);
        pump.start();
    }

    static boolean worthShowing(String line) {
        return line.contains("[SEVERE]")
                || line.contains("[WARNING]") && !line.contains("fish.payara.nucleus.hazelcast")
                || line.contains("[org.pathwise");
    }

    /** Waits until {@code /health/ready} answers 200, the process dies, or the timeout passes. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s");
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
