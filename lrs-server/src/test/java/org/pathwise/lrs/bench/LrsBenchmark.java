package org.pathwise.lrs.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The LRS benchmark command (see docs/benchmarks.md). Starts the product with {@link TestServer}, loads N generated
 * statements through POST /xapi/statements (batches of 100 and single statements, 4 clients each), writes the same
 * number of statements by plain JDBC batches into scratch tables as the ceiling, then measures GET latency of four
 * filters. Argument: N (default 100,000).
 */
public final class LrsBenchmark {

    private static final int CLIENTS = 4;
    private static final int BATCH = 100;
    private static final int QUERIES = 300;
    private static final int WARMUP = 30;
    private static final int SLICES = 4;

    private LrsBenchmark() {}

    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000;
        long singles = Math.min(total / 10, Math.max(1_000, Math.min(5_000, total / 50)));
        long batched = (total - singles) / BATCH * BATCH;
        long warmup = Math.min(100_000, batched / 4) / BATCH * BATCH;
        long compared = Math.min(batched - warmup, args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 200_000)
                / BATCH
                * BATCH;
        PathwiseServer server = TestServer.get();
        XapiHttp http = new XapiHttp(server.baseUrl(), server.demoXapiKey(), server.demoXapiSecret());
        StatementGenerator generator = new StatementGenerator((int) Math.max(100, total / 50), 42);
        Map<String, String> rows = new LinkedHashMap<>();

        // 1. warm-up: the JIT compiles the hot paths, the agent and activity directories learn the population
        Instant loadStart = Instant.now();
        long cpu = CpuMeter.millis();
        double warmupSeconds = Parallel.run(CLIENTS, warmup / BATCH, b -> http.post(batch(generator, b * BATCH)));
        put(
                rows,
                "ingest, batches of " + BATCH + ", " + CLIENTS + " clients (first " + warmup + " statements, warm-up)",
                rate(warmup / warmupSeconds, warmupSeconds) + ", " + cpu((CpuMeter.millis() - cpu) / (double) warmup));
        // 2. the figure compared with the ceiling: SLICES alternating slices of HTTP batched ingest and of the same
        // rows by plain JDBC batches into scratch tables, so that a change of load on a shared machine touches both
        // sides alike (run back to back, the two halves of one run were seen at loads 12-14 and 9)
        JdbcCeiling ceiling = new JdbcCeiling(server.database());
        ceiling.createTables();
        long perSlice = compared / SLICES / BATCH * BATCH;
        double batchSeconds = 0;
        double jdbcSeconds = 0;
        long batchCpuMillis = 0;
        long jdbcCpuMillis = 0;
        Map<String, Long> batchCpuByProcess = new TreeMap<>();
        Map<String, Long> jdbcCpuByProcess = new TreeMap<>();
        List<Double> sliceRatios = new ArrayList<>();
        for (int slice = 0; slice < SLICES; slice++) {
            long first = warmup + slice * perSlice;
            Map<String, Long> before = CpuMeter.byProcess();
            double seconds =
                    Parallel.run(CLIENTS, perSlice / BATCH, b -> http.post(batch(generator, first + b * BATCH)));
            batchCpuMillis += CpuMeter.add(batchCpuByProcess, before);
            batchSeconds += seconds;
            long jdbcFirst = slice * perSlice;
            before = CpuMeter.byProcess();
            double jdbc = Parallel.run(
                    CLIENTS,
                    perSlice / BATCH,
                    b -> ceiling.writeBatch(
                            new StatementGenerator(generator.actors(), 7), jdbcFirst + b * BATCH, BATCH));
            jdbcCpuMillis += CpuMeter.add(jdbcCpuByProcess, before);
            jdbcSeconds += jdbc;
            sliceRatios.add(jdbc / seconds);
        }
        ceiling.dropTables();
        long measured = perSlice * SLICES;
        double batchCpu = batchCpuMillis / (double) measured;
        double jdbcCpu = jdbcCpuMillis / (double) measured;
        double batchRate = measured / batchSeconds;
        double jdbcRate = measured / jdbcSeconds;
        put(
                rows,
                "ingest, batches of " + BATCH + ", " + CLIENTS + " clients (next " + measured + " statements in "
                        + SLICES + " slices, store growing from " + warmup + ")",
                rate(batchRate, batchSeconds) + ", " + cpu(batchCpu));
        // 3. the rest of the bulk, same way, while the store grows to N
        long done = warmup + measured;
        if (batched > done) {
            cpu = CpuMeter.millis();
            double bulkSeconds =
                    Parallel.run(CLIENTS, (batched - done) / BATCH, b -> http.post(batch(generator, done + b * BATCH)));
            put(
                    rows,
                    "ingest, batches of " + BATCH + ", " + CLIENTS + " clients (next " + (batched - done)
                            + " statements, store growing to " + batched + ")",
                    rate((batched - done) / bulkSeconds, bulkSeconds) + ", "
                            + cpu((CpuMeter.millis() - cpu) / (double) (batched - done)));
        }
        cpu = CpuMeter.millis();
        Map<String, Long> singleCpuByProcess = CpuMeter.byProcess();
        double singleSeconds = Parallel.run(
                CLIENTS,
                singles,
                i -> http.post(generator.statement(batched + i).json()));
        put(
                rows,
                "ingest, single statements, " + CLIENTS + " clients (" + singles + " statements)",
                rate(singles / singleSeconds, singleSeconds) + ", "
                        + cpu((CpuMeter.millis() - cpu) / (double) singles));
        String singleCpuSplit = CpuMeter.perStatement(singleCpuByProcess, singles);
        Instant loadEnd = Instant.now();

        put(
                rows,
                "ceiling: plain JDBC batches of " + BATCH + ", " + CLIENTS + " threads (" + measured
                        + " statements, each slice right after its HTTP slice)",
                rate(jdbcRate, jdbcSeconds) + ", " + cpu(jdbcCpu));
        put(
                rows,
                "HTTP / ceiling per slice (rate)",
                sliceRatios.stream()
                        .map(x -> String.format("%.2f", x))
                        .reduce((x, y) -> x + ", " + y)
                        .orElse(""));
        put(
                rows,
                "HTTP batched ingest / JDBC ceiling",
                String.format(
                        "%.2f (%.1f%%) by rate; %.2f by CPU per statement",
                        batchRate / jdbcRate, 100 * batchRate / jdbcRate, jdbcCpu / batchCpu));
        put(rows, "CPU ms per statement by process, batched ingest", CpuMeter.format(batchCpuByProcess, measured));
        put(rows, "CPU ms per statement by process, ceiling", CpuMeter.format(jdbcCpuByProcess, measured));
        put(rows, "CPU ms per statement by process, single statements", singleCpuSplit);

        long loaded = batched + singles;
        SplittableRandom r = new SplittableRandom(1);
        int actors = generator.actors();
        query(http, rows, loaded, "agent", i -> "agent=" + enc(generator.agentJson(r.nextInt(actors))));
        query(
                http,
                rows,
                loaded,
                "verb + activity",
                i -> "verb=" + enc(randomVerb(r)) + "&activity="
                        + enc(StatementGenerator.moduleId(
                                r.nextInt(StatementGenerator.COURSES),
                                r.nextInt(StatementGenerator.MODULES_PER_COURSE))));
        query(
                http,
                rows,
                loaded,
                "registration",
                i -> "registration="
                        + StatementGenerator.registration(r.nextInt(actors), r.nextInt(StatementGenerator.COURSES)));
        long span = Math.max(1, loadEnd.toEpochMilli() - loadStart.toEpochMilli());
        query(
                http,
                rows,
                loaded,
                "since",
                i -> "since=" + enc(loadStart.plusMillis(r.nextLong(span)).toString()));
        print(total, rows);
        System.exit(0);
    }

    private static String batch(StatementGenerator generator, long first) {
        StringBuilder json = new StringBuilder(BATCH * 1_400).append('[');
        for (int i = 0; i < BATCH; i++) {
            json.append(i == 0 ? "" : ",").append(generator.statement(first + i).json());
        }
        return json.append(']').toString();
    }

    private static void query(
            XapiHttp http, Map<String, String> rows, long loaded, String name, IntFunction<String> filter) {
        for (int i = 0; i < WARMUP; i++) {
            http.get(filter.apply(i) + "&limit=10");
        }
        long[] nanos = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String query = filter.apply(i) + "&limit=10";
            long start = System.nanoTime();
            http.get(query);
            nanos[i] = System.nanoTime() - start;
        }
        Latencies l = Latencies.of(nanos);
        put(
                rows,
                "GET " + name + " (limit=10, " + loaded + " statements, " + QUERIES + " requests, 1 client)",
                String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", l.p50(), l.p95(), l.max()));
    }

    private static String randomVerb(SplittableRandom r) {
        return StatementGenerator.VERBS[r.nextInt(StatementGenerator.VERBS.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String rate(double perSecond, double seconds) {
        return String.format("%,.0f statements/s (%.1f s)", perSecond, seconds);
    }

    /** Records a figure and prints it at once, so a long run that is stopped still leaves what it measured. */
    private static void put(Map<String, String> rows, String measure, String figure) {
        rows.put(measure, figure);
        System.out.println("| " + measure + " | " + figure + " |");
    }

    private static String cpu(double millisPerStatement) {
        return String.format("%.2f ms CPU per statement", millisPerStatement);
    }

    private static void print(long total, Map<String, String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("| measure (N = " + total + ") | figure |");
        lines.add("|---|---|");
        rows.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
        System.out.println();
        lines.forEach(System.out::println);
    }
}
