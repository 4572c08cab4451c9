package org.pathwise.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies Payara Micro's output to the log file, echoes what a person should see (warnings, errors, the product's own
 * messages) and remembers the first deployment error so that start-up fails fast instead of waiting.
 */
final class LogPump {

    private volatile String deploymentError;

    private LogPump() {}

    static LogPump start(Process process, Path logFile, PrintStream console) throws IOException {
        LogPump pump = new LogPump();
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), true);
        Thread thread = new Thread(() -> pump.copy(process, log, console), "payara-log");
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    private void copy(Process process, PrintWriter log, PrintStream console) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                log.println(line);
                if (worthShowing(line)) {
                    console.println("  " + plain(line));
                }
                if (deploymentError == null && line.contains("SEVERE") && line.contains("deploy")) {
                    deploymentError = plain(line);
                }
            }
        } catch (IOException e) {
            // the process ended: nothing more to copy
        } finally {
            log.close();
        }
    }

    String deploymentError() {
        return deploymentError;
    }

    static boolean worthShowing(String line) {
        return line.contains("SEVERE")
                || line.contains("WARNING") && !line.contains("fish.payara.nucleus.hazelcast")
                || line.contains("[org.pathwise");
    }

    /** Without the terminal colour codes Payara adds. */
    static String plain(String line) {
        return line.replaceAll("\u001B\\[[0-9;]*m", "").strip();
    }
}
