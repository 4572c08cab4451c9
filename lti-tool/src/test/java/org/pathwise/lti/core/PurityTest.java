package org.pathwise.lti.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The LTI core is a pure library: no JAX-RS, no JPA, no servlet API anywhere under this package. */
class PurityTest {
    private static final Path SOURCES = Path.of("src/main/java/org/pathwise/lti/core");

    @Test
    void importsNoWebOrPersistenceApi() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(PurityTest::importsContainerApi)
                    .map(Path::toString)
                    .toList();
        }

        assertThat(SOURCES).isDirectory();
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            assertThat(dirs.filter(Files::isDirectory)).allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
                    .exists());
        }
    }

    private static boolean importsContainerApi(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("import jakarta.ws.rs")
                    || text.contains("import jakarta.persistence")
                    || text.contains("import jakarta.servlet");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
