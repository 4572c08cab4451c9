package org.pathwise.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run command: {@code Launcher --port 8080 --data-dir data --war lrs.war --war lti.war}. Starts the product with
 * the demo, prints what a newcomer needs, and stops everything cleanly on Ctrl-C.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = 8080;
        Path dataDir = Path.of("data");
        List<Path> wars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--war" -> wars.add(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        for (Path war : wars) {
            if (!Files.isRegularFile(war)) {
                throw new IllegalArgumentException("WAR not found: " + war + " (build it with mvn package)");
            }
        }
        PrintStream out = System.out;
        Instant started = Instant.now();
        out.println("Starting Pathwise on port " + port + " (data in " + dataDir.toAbsolutePath() + ") ...");
        ServerOptions options =
                new ServerOptions(port, dataDir.toAbsolutePath(), false, true, wars, "768m", Map.of(), out);
        PathwiseServer server = PathwiseServer.start(options, System.getenv());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            out.println("Stopping Pathwise ...");
                            server.close();
                            out.println("Stopped. Data kept in " + options.home());
                        },
                        "pathwise-shutdown"));
        out.println(Banner.render(server, port, Duration.between(started, Instant.now())));
        Thread.currentThread().join();
    }
}
