package org.pathwise.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the Payara Micro jar: the {@code pathwise.payara.jar} property, else the launcher's own classpath. */
final class PayaraMicroJar {

    private PayaraMicroJar() {}

    static Path locate() {
        String configured = System.getProperty("pathwise.payara.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith("payara-micro-") && Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalStateException(
                "Payara Micro jar not found: set -Dpathwise.payara.jar or put fish.payara.extras:payara-micro on the classpath");
    }
}
