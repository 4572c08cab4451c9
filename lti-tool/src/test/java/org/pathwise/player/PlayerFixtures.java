package org.pathwise.player;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pathwise.launcher.PathwiseServer;

/** Sample packages zipped on the fly, demo sessions and uploads against the running server. */
public final class PlayerFixtures {

    private PlayerFixtures() {}

    /** The project's shared folder (holding PRODUCT.md and content/), found above the module folder. */
    public static Path shared(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("PRODUCT.md"))) {
                return candidate.resolve(relative);
            }
        }
        throw new IllegalStateException(
                "no shared/PRODUCT.md above " + Path.of("").toAbsolutePath());
    }

    public static Path golf(String name) {
        Path p12 = shared("content/golf-examples/scorm12/" + name);
        return Files.isDirectory(p12) ? p12 : shared("content/golf-examples/scorm2004/" + name);
    }

    public static Path testPackage(String name) {
        return Path.of("src/test/resources/packages", name).toAbsolutePath();
    }

    /** The folder's files as a zip with the folder's contents at its root. */
    public static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A demo session (POST /api/dev/sessions) with the given roles; returns its handle. */
    public static String session(PathwiseServer server, String learnerId, String... roles) {
        return given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of("learnerId", learnerId, "name", "Test " + learnerId, "roles", List.of(roles)))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Uploads a zip as an instructor and returns the created package. */
    public static JsonPath upload(PathwiseServer server, String instructorSession, byte[] zip) {
        return given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructorSession)
                .contentType("application/zip")
                .body(zip)
                .post("/api/content")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** The player configuration embedded in a player page. */
    public static JsonPath playerConfig(String html) {
        int start = html.indexOf("type=\"application/json\">") + "type=\"application/json\">".length();
        int end = html.indexOf("</script>", start);
        return JsonPath.from(html.substring(start, end));
    }
}
