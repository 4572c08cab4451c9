package org.pathwise.tool.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.player.PlayerFixtures;

/**
 * One-time launch handles against the running server: a page address names its session only through a handle that
 * works once and soon expires; the session id itself opens nothing from an address.
 */
class LaunchHandleIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    private static Response page(String path) {
        return given().baseUri(server.baseUrl())
                .accept("text/html")
                .redirects()
                .follow(false)
                .get(path);
    }

    private static String meta(String session) {
        return "<meta name=\"pw-session\" content=\"" + session + "\">";
    }

    @Test
    void aHandleOpensItsSessionsPageOnceThenTheReadableLaunchAgainPage() {
        String session = PlayerFixtures.session(server, "handle-once", "learner");
        String handle = SessionUrls.handle(server.baseUrl(), session);
        assertThat(handle).isNotEqualTo(session).hasSize(43);

        Response first = page("/learn?s=" + handle);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.asString())
                .as("the page carries its session in the body for its script, with the script")
                .contains(meta(session), "<script src=\"/assets/session.js\"></script>");
        assertThat(first.header("Cache-Control"))
                .as("a page holding the session id is not stored")
                .contains("no-store");

        Response again = page("/learn?s=" + handle);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.contentType()).startsWith("text/html");
        assertThat(again.asString())
                .contains("Please launch Pathwise again", "data-missing")
                .doesNotContain(session);
    }

    @Test
    void theSessionIdInAnAddressOpensNothingNeitherPagesNorThePlayerNorTheApi() {
        String session = PlayerFixtures.session(server, "handle-id-in-url", "instructor");
        Response learn = page("/learn?s=" + session);
        assertThat(learn.statusCode()).isEqualTo(401);
        assertThat(learn.asString()).contains("Please launch Pathwise again").doesNotContain(session);

        Response player = page("/play/no-such-unit?s=" + session);
        assertThat(player.statusCode())
                .as("the player without a session: the readable page, not a 500")
                .isEqualTo(401);
        assertThat(player.asString()).contains("Please launch Pathwise again");

        given().baseUri(server.baseUrl())
                .queryParam("s", session)
                .get("/api/pathways")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().baseUri(server.baseUrl())
                .header(SessionFilter.HEADER, session)
                .get("/api/pathways")
                .then()
                .statusCode(200);
    }

    @Test
    void anExpiredHandleIsRefused() throws Exception {
        String session = PlayerFixtures.session(server, "handle-expired", "learner");
        String handle = SessionUrls.handle(server.baseUrl(), session);
        assertThat(sql(
                        "UPDATE tool_launch_handle SET expires_at = ? WHERE handle_hash = ?",
                        System.currentTimeMillis() - 1,
                        LaunchHandles.hash(handle)))
                .isEqualTo(1);

        Response expired = page("/learn?s=" + handle);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.asString()).contains("Please launch Pathwise again").doesNotContain(session);
    }

    @Test
    void aHandleOpensOnlyTheSessionItWasMadeForWhateverCookieComesWithIt() {
        String mine = PlayerFixtures.session(server, "handle-mine", "learner");
        String other = PlayerFixtures.session(server, "handle-other", "instructor");
        String handle = SessionUrls.handle(server.baseUrl(), mine);

        Response page = given().baseUri(server.baseUrl())
                .accept("text/html")
                .cookie(SessionFilter.COOKIE, other)
                .get("/learn?s=" + handle);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains(meta(mine)).doesNotContain(other);
    }

    @Test
    void withTheCookieOfTheSameSessionThePageNeedsNoHandlesAndCarriesNoSession() {
        String session = PlayerFixtures.session(server, "handle-cookie", "learner");
        String handle = SessionUrls.handle(server.baseUrl(), session);
        Response page = given().baseUri(server.baseUrl())
                .accept("text/html")
                .cookie(SessionFilter.COOKIE, session)
                .get("/learn?s=" + handle);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString())
                .as("the script only takes the spent handle out of the address")
                .contains("<meta name=\"pw-session\" content=\"\">")
                .doesNotContain(session);
    }

    @Test
    void onlyTheHandlesHashIsStoredAndHandlesAreForSessionsOnly() throws Exception {
        String session = PlayerFixtures.session(server, "handle-hash", "learner");
        String handle = SessionUrls.handle(server.baseUrl(), session);
        assertThat(count("SELECT COUNT(*) FROM tool_launch_handle WHERE handle_hash = ?", handle))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM tool_launch_handle WHERE handle_hash = ? AND session_id = ?",
                        LaunchHandles.hash(handle),
                        session))
                .isEqualTo(1);
        given().baseUri(server.baseUrl())
                .post("/api/session/handles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aRedirectAnsweredToARequestWithoutTheCookieCarriesAFreshHandleNotTheSession() {
        String session = given().baseUri(server.baseUrl())
                .contentType("application/json")
                .body(java.util.Map.of(
                        "learnerId",
                        "handle-redirect",
                        "roles",
                        java.util.List.of("instructor"),
                        "contextId",
                        "handle-course-" + System.nanoTime()))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String builder = given().baseUri(server.baseUrl())
                .header(SessionFilter.HEADER, session)
                .get("/instructor/pathways")
                .asString();
        int at = builder.indexOf("name=\"_csrf\" value=\"") + "name=\"_csrf\" value=\"".length();
        String token = builder.substring(at, builder.indexOf('"', at));

        Response saved = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .header(SessionFilter.HEADER, session)
                .formParam("_csrf", token)
                .formParam("title", "Handles")
                .formParam("csv", "id,name,parent_id\nh,Handles,\n")
                .post("/instructor/pathways/framework");
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        String location = saved.header("Location");
        assertThat(location).contains("/instructor/pathways?saved=1&s=").doesNotContain(session);
        Response next = page(location.substring(location.indexOf("/instructor")));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.asString()).contains(meta(session));
    }

    private static int sql(String statement, Object... params) throws Exception {
        var db = server.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static int count(String query, Object... params) throws Exception {
        var db = server.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
