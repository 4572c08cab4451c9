package org.pathwise.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The admin secret and the demo xAPI credential, generated at the first start and kept (owner-readable only) in
 * the data directory so that a second start finds the same ones. {@code PATHWISE_DEMO_XAPI_KEY} /
 * {@code PATHWISE_DEMO_XAPI_SECRET} and {@code PATHWISE_ADMIN_SECRET}, when set, take precedence.
 */
record FirstStartSecrets(String adminSecret, String demoXapiKey, String demoXapiSecret, boolean firstStart) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static FirstStartSecrets loadOrCreate(Path home, Map<String, String> env) throws IOException {
        Path file = home.resolve("secrets.properties");
        Properties props = new Properties();
        boolean first = !Files.exists(file);
        if (!first) {
            try (Reader in = Files.newBufferedReader(file)) {
                props.load(in);
            }
        }
        props.putIfAbsent("admin.secret", random(24));
        props.putIfAbsent("demo.xapi.key", "demo-" + random(6));
        props.putIfAbsent("demo.xapi.secret", random(20));
        if (first) {
            Files.createDirectories(home);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                props.store(out, "Pathwise first-start secrets (development run only)");
            }
        }
        return new FirstStartSecrets(
                env.getOrDefault("PATHWISE_ADMIN_SECRET", props.getProperty("admin.secret")),
                env.getOrDefault("PATHWISE_DEMO_XAPI_KEY", props.getProperty("demo.xapi.key")),
                env.getOrDefault("PATHWISE_DEMO_XAPI_SECRET", props.getProperty("demo.xapi.secret")),
                first);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    Map<String, String> asEnvironment() {
        return Map.of(
                "PATHWISE_ADMIN_SECRET", adminSecret,
                "PATHWISE_DEMO_XAPI_KEY", demoXapiKey,
                "PATHWISE_DEMO_XAPI_SECRET", demoXapiSecret);
    }
}
