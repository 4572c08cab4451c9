package org.pathwise.lrs.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM (the clients) and every process it started (Payara Micro, the embedded MariaDB): on a
 * shared machine the CPU milliseconds a phase costs per statement vary much less than its wall-clock rate. A
 * database reached by {@code PATHWISE_DB_URL} is not a child, so its CPU is not counted.
 */
final class CpuMeter {
    private CpuMeter() {}

    /** CPU time so far, in milliseconds, by process ("clients", "payara", "mariadb", or the command's name). */
    static Map<String, Long> byProcess() {
        Map<String, Long> millis = new TreeMap<>();
        Stream.concat(
                        Stream.of(ProcessHandle.current()),
                        ProcessHandle.current().descendants())
                .forEach(p -> millis.merge(
                        name(p),
                        p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L),
                        Long::sum));
        return millis;
    }

    /** Total CPU time so far, in milliseconds. */
    static long millis() {
        return byProcess().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Adds to {@code sums} each process's CPU milliseconds since {@code before} (a phase measured in several slices);
     * returns the slice's total.
     */
    static long add(Map<String, Long> sums, Map<String, Long> before) {
        long total = 0;
        for (Map.Entry<String, Long> now : byProcess().entrySet()) {
            long used = now.getValue() - before.getOrDefault(now.getKey(), 0L);
            sums.merge(now.getKey(), used, Long::sum);
            total += used;
        }
        return total;
    }

    /** Per-process CPU milliseconds per statement of summed slices, as "payara 1.20, mariadb 0.50, …". */
    static String format(Map<String, Long> sums, long statements) {
        StringBuilder out = new StringBuilder();
        sums.forEach((name, ms) -> {
            double per = ms / (double) statements;
            if (per >= 0.005) {
                out.append(out.isEmpty() ? "" : ", ").append(String.format("%s %.2f", name, per));
            }
        });
        return out.toString();
    }

    /** Per-process CPU milliseconds per statement since {@code before}, as "payara 1.20, mariadb 0.50, …". */
    static String perStatement(Map<String, Long> before, long statements) {
        StringBuilder out = new StringBuilder();
        byProcess().forEach((name, ms) -> {
            double per = (ms - before.getOrDefault(name, 0L)) / (double) statements;
            if (per >= 0.005) {
                out.append(out.isEmpty() ? "" : ", ").append(String.format("%s %.2f", name, per));
            }
        });
        return out.toString();
    }

    private static String name(ProcessHandle p) {
        if (p.pid() == ProcessHandle.current().pid()) {
            return "clients";
        }
        String command = p.info().commandLine().orElse(p.info().command().orElse("?"));
        if (command.contains("payara-micro")) {
            return "payara";
        }
        if (command.contains("mariadbd") || command.contains("mysqld")) {
            return "mariadb";
        }
        String path = p.info().command().orElse("?");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
