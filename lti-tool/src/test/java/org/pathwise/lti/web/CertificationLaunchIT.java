package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The 1EdTech certification's tool launches (lti13.md §1.10) through the real login and launch endpoints, from the
 * emulated platform: every known bad payload is refused with a readable page whose incident id leads to one precise
 * log line; every valid teacher and student launch starts a session with the right role and only the personal data
 * the platform released.
 */
class CertificationLaunchIT {

    static final String LTI = LtiBrowser.LTI;
    static PathwiseServer server;
    static PlatformEmulator platform;
    static LtiBrowser browser;

    @BeforeAll
    static void register() throws Exception {
        server = TestServer.get();
        platform = PlatformEmulator.registeredWith(server);
        browser = new LtiBrowser(server, platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    // ---- known bad payloads

    static Stream<Arguments> badPayloads() {
        return Stream.of(
                bad("no KID sent", 401, "MISSING_KID: id_token header has no kid", t -> {}),
                bad("incorrect KID", 401, "UNKNOWN_KID: kid emu-key-unknown is not in the key set", t -> {}),
                bad("wrong LTI version", 400, "WRONG_VERSION: LTI version 1.2.0", c -> c.put(LTI + "version", "1.2.0")),
                bad(
                        "no LTI version",
                        400,
                        "required claim missing: " + LTI + "version",
                        c -> c.remove(LTI + "version")),
                bad("not a JWT", 400, "MALFORMED_JWT: id_token is not a JWT", t -> {}),
                bad("missing LTI claims", 400, "required claim missing: " + LTI, c -> c.keySet()
                        .removeIf(name -> name.startsWith("https://purl.imsglobal.org/"))),
                bad("timestamps incorrect", 401, "EXPIRED: id_token expired at 1970-01-01T06:10:22Z", c -> {
                    c.put("iat", 11111);
                    c.put("exp", 22222);
                }),
                bad(
                        "message_type missing",
                        400,
                        "required claim missing: " + LTI + "message_type",
                        c -> c.remove(LTI + "message_type")),
                bad("roles missing", 400, "required claim missing: " + LTI + "roles", c -> c.remove(LTI + "roles")),
                bad(
                        "deployment_id missing",
                        400,
                        "required claim missing: " + LTI + "deployment_id",
                        c -> c.remove(LTI + "deployment_id")),
                bad(
                        "resource_link id missing",
                        400,
                        "required claim missing: " + LTI + "resource_link.id",
                        c -> c.put(LTI + "resource_link", Map.of("title", "Pathway 1"))),
                bad("sub missing", 400, "required claim missing: sub", c -> c.remove("sub")),
                bad(
                        "target_link_uri not the login's",
                        400,
                        "claim " + LTI
                                + "target_link_uri: is https://elsewhere.example/lti/launch but the login was for",
                        c -> c.put(LTI + "target_link_uri", "https://elsewhere.example/lti/launch")));
    }

    private static Arguments bad(String name, int status, String logged, Consumer<Map<String, Object>> edit) {
        return Arguments.of(name, status, logged, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPayloads")
    void knownBadPayloadIsRefusedWithAReadablePageAndAPreciseLogLine(
            String name, int status, String logged, Consumer<Map<String, Object>> edit) {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner"));
        edit.accept(claims);
        String token =
                switch (name) {
                    case "no KID sent" -> PlatformEmulator.sign(claims, platform.signingKey(), null);
                    case "incorrect KID" -> PlatformEmulator.sign(claims, platform.signingKey(), "emu-key-unknown");
                    case "not a JWT" -> "this-is.not-a.jwt";
                    default -> platform.sign(claims);
                };

        Response response = browser.launch(login, token);

        assertThat(response.statusCode()).as(name).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        String page = response.asString();
        assertThat(page).contains("Pathwise could not open this activity").doesNotContain("Exception", "at org.");
        String incident = ServerLog.incidentOf(page);
        assertThat(ServerLog.lineWith(server, incident))
                .as("log line of " + incident)
                .hasValueSatisfying(
                        line -> assertThat(line).contains("LTI launch refused, incident " + incident, logged));
    }

    // ---- valid teacher and student launches

    static Stream<Arguments> validLaunches() {
        String faculty = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty";
        return Stream.of(
                valid("teacher", List.of(LtiBrowser.MEMBERSHIP + "Instructor"), "instructor", true, true, c -> {}),
                valid("student", List.of(LtiBrowser.MEMBERSHIP + "Learner"), "learner", true, true, c -> {}),
                valid(
                        "several roles",
                        List.of(LtiBrowser.MEMBERSHIP + "Instructor", LtiBrowser.MEMBERSHIP + "Learner", faculty),
                        "instructor",
                        true,
                        true,
                        c -> {}),
                valid("short role", List.of("Instructor"), "instructor", true, true, c -> {}),
                valid("unknown role", List.of("http://example.edu/roles#Astronaut"), "learner", true, true, c -> {}),
                valid("no role", List.of(), "learner", true, true, c -> {}),
                valid("email only", List.of("Learner"), "learner", false, true, c -> c.remove("name")),
                valid("names only", List.of("Learner"), "learner", true, false, c -> {
                    c.remove("name");
                    c.remove("email");
                    c.put("given_name", "Ada");
                    c.put("family_name", "Lovelace");
                }),
                valid("no PII", List.of("Learner"), "learner", false, false, c -> {
                    c.remove("name");
                    c.remove("email");
                }),
                valid("email with no context", List.of("Learner"), "learner", false, true, c -> {
                    c.remove("name");
                    c.remove(LTI + "context");
                }));
    }

    private static Arguments valid(
            String name,
            List<String> roles,
            String role,
            boolean hasName,
            boolean hasEmail,
            Consumer<Map<String, Object>> edit) {
        return Arguments.of(name, roles, role, hasName, hasEmail, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validLaunches")
    void validLaunchStartsASessionWithTheRoleAndOnlyTheReleasedPersonalData(
            String name,
            List<String> roles,
            String role,
            boolean hasName,
            boolean hasEmail,
            Consumer<Map<String, Object>> edit)
            throws Exception {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), new ArrayList<>(roles));
        edit.accept(claims);

        Response launch = browser.launch(login, platform.sign(claims));

        assertThat(launch.statusCode()).as(name).isEqualTo(303);
        String landing = role.equals("instructor") ? "/instructor?s=" : "/learn?s=";
        assertThat(launch.header("Location")).startsWith(browser.publicUrl() + landing);
        String session = LaunchIT.storedSession(LaunchIT.sessionOf(launch));
        assertThat(session).contains("\"roles\":[\"" + role + "\"]");
        if (hasName) {
            assertThat(session).contains("\"name\":\"Ada Lovelace\"");
        } else {
            assertThat(session).contains("\"name\":null");
        }
        if (hasEmail) {
            assertThat(session).contains("\"email\":\"ada@example.edu\"");
        } else {
            assertThat(session).contains("\"email\":null");
        }
    }

    @Test
    void serverLogHoldsNeitherTheIdTokenNorPersonalData() {
        LtiBrowser.Login login = browser.login();
        Map<String, Object> claims = browser.resourceLink(login.nonce(), List.of(LtiBrowser.MEMBERSHIP + "Learner"));
        claims.put("email", "grace.hopper.cert@example.edu");
        claims.put("name", "Grace Hopper Cert");
        String token = platform.sign(claims);
        assertThat(browser.launch(login, token).statusCode()).isEqualTo(303);
        String replay =
                ServerLog.incidentOf(browser.launch(browser.login(), token).asString());
        assertThat(ServerLog.lineWith(server, replay)).isPresent();

        assertThat(ServerLog.text(server))
                .doesNotContain(token)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain("grace.hopper.cert@example.edu")
                .doesNotContain("Grace Hopper Cert");
    }
}
