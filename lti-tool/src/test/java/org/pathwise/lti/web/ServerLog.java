package org.pathwise.lti.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwise.launcher.PathwiseServer;

/** The test server's log file, read back to check what an administrator would find in it. */
final class ServerLog {

    private static final Pattern INCIDENT = Pattern.compile("LTI-[A-Z0-9_-]{10}");

    private ServerLog() {}

    static String text(PathwiseServer server) {
        try {
            return Files.readString(server.logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The incident id shown on a refusal page. */
    static String incidentOf(String page) {
        Matcher m = INCIDENT.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no incident id on the page: " + page);
        }
        return m.group();
    }

    /** The log line naming this incident, waiting a little for the server's output to reach the file. */
    static Optional<String> lineWith(PathwiseServer server, String incident) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            Optional<String> line =
                    text(server).lines().filter(l -> l.contains(incident)).findFirst();
            if (line.isPresent()) {
                return line;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }
}
