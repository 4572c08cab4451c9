package org.pathwise.player;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/** The content library over HTTP: upload of every Golf package, broken ones refused, files served, traversal refused. */
class PlayerContentIT {

    static PathwiseServer server;
    static String instructor;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        instructor = session(server, "content-instructor", "instructor");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ContentPackagingOneFilePerSCO_SCORM12",
                "ContentPackagingSingleSCO_SCORM12",
                "RuntimeBasicCalls_SCORM12",
                "RuntimeMinimumCalls_SCORM12",
                "ContentPackagingMetadata_SCORM20043rdEdition",
                "ContentPackagingOneFilePerSCO_SCORM20043rdEdition",
                "ContentPackagingSingleSCO_SCORM20042ndEdition",
                "ContentPackagingSingleSCO_SCORM20043rdEdition",
                "RunTimeAdvancedCalls_SCORM20043rdEdition",
                "RuntimeBasicCalls_SCORM20043rdEdition",
                "RuntimeMinimumCalls_SCORM20043rdEdition",
                "SequencingForcedSequential_SCORM20043rdEdition",
                "SequencingPostTestRollup4thEd_SCORM20044thEdition",
                "SequencingPostTestRollup_SCORM20043rdEdition",
                "SequencingPreOrPostTestRollup_SCORM20043rdEdition",
                "SequencingRandomTest_SCORM20043rdEdition",
                "SequencingSimpleRemediation_SCORM20043rdEdition"
            })
    void importsGolfPackageZippedAndServesItsLaunchFile(String name) {
        JsonPath pkg = upload(server, instructor, zip(golf(name)));
        String expected = name.endsWith("SCORM12") ? "SCORM_12" : "SCORM_2004";
        assertThat(pkg.getString("standard")).startsWith(expected);
        List<String> launchUrls = pkg.getList("units.launchUrl");
        assertThat(launchUrls).isNotEmpty();
        String launch = launchUrls.get(0).replaceAll("[?#].*$", "");
        given().baseUri(server.baseUrl())
                .get("/content/" + pkg.getString("id") + "/" + launch)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff");
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/api/content/" + pkg.getString("id"))
                .then()
                .statusCode(200)
                .body("title", equalTo(pkg.getString("title")))
                .body("units.size()", equalTo(launchUrls.size()));
    }

    @Test
    void multiScoPackageHasEveryLeafItemAsAUnitInOrder() {
        JsonPath pkg = upload(server, instructor, zip(golf("ContentPackagingOneFilePerSCO_SCORM12")));
        assertThat(pkg.getList("units.launchUrl", String.class))
                .hasSize(18)
                .startsWith("Playing/Playing.html", "Playing/Par.html")
                .contains("shared/assessmenttemplate.html?questions=Playing");
    }

    @Test
    void uploadsThroughAMultipartForm() {
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .multiPart("file", "golf.zip", zip(golf("RuntimeMinimumCalls_SCORM12")), "application/zip")
                .post("/api/content")
                .then()
                .statusCode(201)
                .body("standard", equalTo("SCORM_12"));
    }

    @Test
    void rejectsPackageWithMissingResourceNamingTheManifestAndKeepsNothing() {
        int before = packageCount();
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .contentType("application/zip")
                .body(zip(PlayerFixtures.shared(
                        "content/manifest-edge-cases/scorm12/ItemWithNonExistentResourceId_SCORM12")))
                .post("/api/content")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("imsmanifest.xml"));
        assertThat(packageCount()).isEqualTo(before);
    }

    @Test
    void rejectsUploadThatIsNotAZip() {
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .contentType("application/zip")
                .body("this is not a package".getBytes())
                .post("/api/content")
                .then()
                .statusCode(400)
                .body("detail", containsString("zip"));
    }

    @Test
    void refusesUploadsWithoutSessionOrFromLearners() {
        byte[] zip = zip(golf("RuntimeMinimumCalls_SCORM12"));
        given().baseUri(server.baseUrl())
                .contentType("application/zip")
                .body(zip)
                .post("/api/content")
                .then()
                .statusCode(401);
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session(server, "content-learner", "learner"))
                .contentType("application/zip")
                .body(zip)
                .post("/api/content")
                .then()
                .statusCode(403);
    }

    @Test
    void servesFilesWithTheirContentTypes() {
        String id = upload(server, instructor, zip(golf("RuntimeBasicCalls_SCORM12")))
                .getString("id");
        assertContentType(id, "shared/scormfunctions.js", "text/javascript");
        assertContentType(id, "shared/style.css", "text/css");
        assertContentType(id, "shared/background.jpg", "image/jpeg");
        assertContentType(id, "imsmanifest.xml", "application/xml");
    }

    @Test
    void refusesPathsThatLeaveThePackage() {
        String id = upload(server, instructor, zip(golf("RuntimeMinimumCalls_SCORM12")))
                .getString("id");
        String other = upload(server, instructor, zip(golf("RuntimeBasicCalls_SCORM12")))
                .getString("id");
        for (String path : List.of(
                "..%2F" + other + "%2Fimsmanifest.xml",
                "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "shared/..%2F..%2F..%2Fetc%2Fpasswd",
                "..%5C" + other + "%5Cimsmanifest.xml")) {
            int status = given().baseUri(server.baseUrl())
                    .urlEncodingEnabled(false)
                    .get("/content/" + id + "/" + path)
                    .statusCode();
            assertThat(status).as(path).isIn(400, 404);
        }
    }

    @Test
    void deletesPackageWithItsFiles() {
        String id = upload(server, instructor, zip(golf("RuntimeMinimumCalls_SCORM12")))
                .getString("id");
        given().baseUri(server.baseUrl())
                .get("/content/" + id + "/imsmanifest.xml")
                .then()
                .statusCode(200);
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .delete("/api/content/" + id)
                .then()
                .statusCode(204);
        given().baseUri(server.baseUrl())
                .get("/content/" + id + "/imsmanifest.xml")
                .then()
                .statusCode(404);
        given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/api/content/" + id)
                .then()
                .statusCode(404);
    }

    private static void assertContentType(String id, String path, String type) {
        given().baseUri(server.baseUrl())
                .get("/content/" + id + "/" + path)
                .then()
                .statusCode(200)
                .contentType(startsWith(type));
    }

    private static int packageCount() {
        return given().baseUri(server.baseUrl())
                .header("X-Pathwise-Session", instructor)
                .get("/api/content")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }
}
