package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * The admin's journey in headless Chromium: log in with the admin secret, add a platform registration (a wrong URL
 * is named by the server, then fixed) and edit it, create an LRS store, issue a credential whose secret is shown once, use it, find its
 * statement in the statement browser, revoke it; and the pages' security headers and CSRF checks.
 */
class AdminBrowserIT {

    static PathwiseServer server;
    static Chromium browser;

    @BeforeAll
    static void start() {
        server = TestServer.get();
        browser = new Chromium(1280, 900);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private void login() {
        browser.open(server.baseUrl() + "/admin/login");
        browser.driver.manage().deleteAllCookies();
        browser.open(server.baseUrl() + "/admin");
        assertThat(browser.h1()).isEqualTo("Administrator login");
        Axe.assertNoSeriousViolations(browser, "admin login");
        browser.type("secret", "not-the-secret");
        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.mainText()).contains("That is not the admin secret.");
        browser.type("secret", server.adminSecret());
        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.h1()).isEqualTo("Platform registrations");
    }

    @Test
    void adminAddsAPlatformThenIssuesUsesBrowsesAndRevokesAnLrsCredential() {
        login();

        browser.click(By.linkText("Add a platform"));
        browser.type("name", "Moodle at lms.example.edu");
        browser.type("issuer", "https://lms.example.edu");
        browser.type("clientId", "client-browser-it");
        browser.type("authUrl", "https://lms.example.edu/mod/lti/auth.php");
        browser.type("tokenUrl", "ftp://lms.example.edu/token");
        browser.type("jwksUrl", "https://lms.example.edu/mod/lti/certs.php");
        browser.type("deploymentIds", "7, 8");
        browser.click(By.cssSelector("form.card button[type=submit]"));
        assertThat(browser.mainText()).contains("Not saved:").contains("tokenUrl");
        browser.type("tokenUrl", "https://lms.example.edu/mod/lti/token.php");
        browser.click(By.cssSelector("form.card button[type=submit]"));
        assertThat(browser.h1()).isEqualTo("Moodle at lms.example.edu");
        assertThat(browser.mainText()).contains("Saved.", "7, 8", "Last launch", "never");
        Axe.assertNoSeriousViolations(browser, "admin platform page");
        String platformPage = browser.driver.getCurrentUrl().replaceAll("\\?.*$", "");

        // edit the registration: a new name and key set URL, two more deployments; saved, and shown again on a
        // fresh load
        browser.type("name", "Moodle at lms.example.edu (production)");
        browser.type("jwksUrl", "https://lms.example.edu/mod/lti/certs-2026.php");
        browser.type("deploymentIds", "9, 12");
        browser.click(By.cssSelector("form.card button[type=submit]"));
        assertThat(browser.h1()).isEqualTo("Moodle at lms.example.edu (production)");
        assertThat(browser.mainText()).contains("Saved.");
        browser.open(platformPage);
        assertThat(browser.byId("name").getAttribute("value")).isEqualTo("Moodle at lms.example.edu (production)");
        assertThat(browser.byId("jwksUrl").getAttribute("value"))
                .isEqualTo("https://lms.example.edu/mod/lti/certs-2026.php");
        assertThat(browser.byId("clientId").getAttribute("value")).isEqualTo("client-browser-it");
        List<String> deployments = browser.driver.findElements(By.cssSelector("main dd")).stream()
                .map(WebElement::getText)
                .filter(t -> t.matches("[0-9][0-9, ]*"))
                .flatMap(t -> Arrays.stream(t.split(",\\s*")))
                .toList();
        assertThat(deployments).containsExactlyInAnyOrder("7", "8", "9", "12");

        browser.click(By.linkText("Platforms"));
        Axe.assertNoSeriousViolations(browser, "admin platforms list");
        WebElement row =
                browser.driver.findElement(By.xpath("//tr[th/a[text()='Moodle at lms.example.edu (production)']]"));
        assertThat(row.getText()).contains("https://lms.example.edu", "client-browser-it", "never", "none");

        browser.click(By.linkText("LRS stores"));
        browser.type("name", "Vendor courses");
        browser.click(By.cssSelector("form.card button[type=submit]"));
        assertThat(browser.h1()).startsWith("Store Vendor courses");
        Axe.assertNoSeriousViolations(browser, "admin LRS store page");
        String storePage = browser.driver.getCurrentUrl();

        browser.type("label", "Vendor X");
        browser.toggle(By.id("scope-statements-read"));
        browser.click(By.cssSelector("form.card button[type=submit]"));
        String key = browser.byId("issued-key").getText();
        String secret = browser.byId("issued-secret").getText();
        assertThat(browser.mainText()).contains("shown only this once");
        assertThat(secret).isNotBlank();

        browser.open(storePage);
        assertThat(browser.driver.getPageSource()).contains(key).doesNotContain(secret);
        assertThat(browser.driver.findElements(By.id("issued-secret"))).isEmpty();

        String verb = "http://adlnet.gov/expapi/verbs/experienced";
        given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(key, secret)
                .header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json")
                .body(Map.of(
                        "actor", Map.of("mbox", "mailto:grace@example.edu", "name", "Grace"),
                        "verb", Map.of("id", verb, "display", Map.of("en-US", "experienced")),
                        "object", Map.of("id", "https://example.edu/admin-browser-it")))
                .post("/xapi/statements")
                .then()
                .statusCode(200);

        browser.click(By.linkText("Browse this store's statements"));
        browser.type("agent", "grace@example.edu");
        browser.type("verb", verb);
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        WebElement table = browser.byId("main").findElement(By.cssSelector("table.statements"));
        assertThat(table.getText()).contains("Grace", "experienced", "https://example.edu/admin-browser-it");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        Axe.assertNoSeriousViolations(browser, "admin statement browser");

        browser.type("verb", "completed");
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.mainText()).contains("verb: an IRI is required");

        browser.open(storePage);
        browser.click(By.cssSelector("button[aria-label='Revoke credential " + key + "']"));
        assertThat(browser.mainText()).contains("Credential " + key + " is revoked.");
        // Revoking evicts the credential from the LRS's cache: the very next request is refused, with 403 (the key
        // and secret are right, the credential is revoked), not 401.
        int status = given().baseUri(server.baseUrl())
                .auth()
                .preemptive()
                .basic(key, secret)
                .header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements")
                .statusCode();
        assertThat(status).isEqualTo(403);

        browser.click(By.linkText("Health"));
        assertThat(browser.mainText()).contains("Tool database and migrations", "up", "LRS");
    }

    @Test
    void adminPagesCannotBeFramedAndTheirFormsNeedTheSessionsCsrfToken() {
        login();
        Cookie admin = browser.driver.manage().getCookieNamed("pw_admin");
        assertThat(admin.isHttpOnly()).isTrue();
        assertThat(admin.getSameSite()).isEqualTo("Strict");

        Response page = given().baseUri(server.baseUrl())
                .cookie("pw_admin", admin.getValue())
                .get("/admin/platforms");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy"))
                .contains("frame-ancestors 'none'", "script-src 'self'", "default-src 'self'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Response forged = given().baseUri(server.baseUrl())
                .redirects()
                .follow(false)
                .cookie("pw_admin", admin.getValue())
                .formParams(Map.of("name", "forged", "_csrf", "wrong"))
                .post("/admin/lrs/stores");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(given().baseUri(server.baseUrl())
                        .auth()
                        .preemptive()
                        .basic("admin", server.adminSecret())
                        .get("/xapi/admin/stores")
                        .jsonPath()
                        .getList("name", String.class))
                .doesNotContain("forged");

        Response anonymous =
                given().baseUri(server.baseUrl()).redirects().follow(false).get("/admin/lrs");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/admin/login");
    }
}
