package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.tool.session.SessionUrls;

/**
 * Refreshes {@code docs/screenshots/*.png}: each main page in headless Chromium, desktop-sized and (for two pages)
 * phone-sized. Starts a throwaway server with the demo (the WARs named by {@code pathwise.test.wars}); the
 * learner and instructor pages are launched from the demo LMS; run it with
 * {@code mvn -B -pl lti-tool -am verify -Pscreenshots -DskipTests} (see docs/pages.md). With the system properties
 * {@code pathwise.screenshots.url} and {@code pathwise.screenshots.admin-secret} it uses a running server instead.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = docs().resolve("screenshots");
        Files.createDirectories(out);
        String base = System.getProperty("pathwise.screenshots.url");
        String secret = System.getProperty("pathwise.screenshots.admin-secret");
        if (base == null || base.isBlank() || secret == null || secret.isBlank()) {
            PathwiseServer server = TestServer.get();
            base = server.baseUrl();
            secret = server.adminSecret();
        }
        try (Chromium browser = new Chromium(1280, 860)) {
            Pages pages = new Pages(browser, out);
            adminPages(pages, secret, base);
            browser.open(base + "/demo/platform");
            browser.click(By.xpath("//button[text()='Launch as instructor']"));
            String instructor = SessionUrls.ofPage(browser.driver);
            seedPathway(base, instructor);
            browser.open(base + "/demo/platform");
            browser.click(By.xpath("//button[text()='Launch as learner']"));
            String learnerSession = SessionUrls.ofPage(browser.driver);
            String learnerPage = SessionUrls.url(base, "/learn", learnerSession);
            pages.shoot(learnerPage, "learner-pathway");
            String s = instructor;
            pages.shoot(SessionUrls.url(base, "/instructor", s), "instructor-library");
            pages.shoot(SessionUrls.url(base, "/instructor/pathways", s), "instructor-pathways");
            pages.part(By.id("prerequisites"), "instructor-prerequisites");
            pages.shoot(SessionUrls.url(base, "/instructor/dashboard", s), "instructor-dashboard");
            List<org.openqa.selenium.WebElement> learners =
                    browser.driver.findElements(By.cssSelector("table.heat tbody a"));
            if (!learners.isEmpty()) {
                browser.click(By.cssSelector("table.heat tbody a"));
                browser.wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan h3, ol.timeline, main p")));
                pages.save("instructor-learner");
            }
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            pages.shoot(learnerPage, "learner-pathway-phone");
            pages.shoot(base + "/admin/platforms", "admin-platforms-phone");
        }
        System.out.println("Screenshots written to " + out);
        System.exit(0);
    }

    private static void adminPages(Pages pages, String secret, String base) {
        Chromium browser = pages.browser;
        browser.open(base + "/admin/login");
        pages.save("admin-login");
        browser.type("secret", secret);
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.h1();
        pages.shoot(base + "/admin/platforms", "admin-platforms");
        pages.shoot(base + "/admin/platforms/new", "admin-platform-add");
        pages.shoot(base + "/admin/lrs", "admin-lrs-stores");
        browser.open(base + "/admin/lrs/stores/1");
        browser.type("label", "Vendor X courses");
        browser.click(By.cssSelector("form.card button[type=submit]"));
        browser.byId("issued-secret");
        pages.save("admin-lrs-credential-issued");
        pages.shoot(base + "/admin/statements", "admin-statements");
        pages.shoot(base + "/admin/health", "admin-health");
    }

    /**
     * Gives the demo course a tagged pathway when it has none (a test server has no sample content): the sample Golf
     * package, a small framework, each unit tagged, a prerequisite, one pathway over all units.
     */
    static void seedPathway(String base, String instructor) {
        if (!given().baseUri(base)
                .header("X-Pathwise-Session", instructor)
                .get("/api/pathways")
                .jsonPath()
                .getList("$")
                .isEmpty()) {
            return;
        }
        java.util.List<String> units = given().baseUri(base)
                .header("X-Pathwise-Session", instructor)
                .contentType("application/zip")
                .body(org.pathwise.player.PlayerFixtures.zip(
                        org.pathwise.player.PlayerFixtures.golf("ContentPackagingOneFilePerSCO_SCORM12")))
                .post("/api/content")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("units.id", String.class);
        given().baseUri(base)
                .header("X-Pathwise-Session", instructor)
                .contentType("text/csv")
                .body("id,name,parent_id\ngolf,Golf,\ngolf.playing,Playing the game,golf\n"
                        + "golf.etiquette,Golf etiquette,golf\ngolf.handicapping,Handicapping,golf\n")
                .put("/api/learning/framework")
                .then()
                .statusCode(200);
        String[] competencies = {"golf.playing", "golf.etiquette", "golf.handicapping"};
        for (int i = 0; i < units.size(); i++) {
            given().baseUri(base)
                    .header("X-Pathwise-Session", instructor)
                    .contentType("application/json")
                    .body(java.util.Map.of(
                            "kind",
                            "LESSON",
                            "competencies",
                            java.util.List.of(competencies[i % competencies.length]),
                            "difficulty",
                            0.0))
                    .put("/api/learning/modules/" + units.get(i))
                    .then()
                    .statusCode(200);
        }
        given().baseUri(base)
                .header("X-Pathwise-Session", instructor)
                .contentType("application/json")
                .body(java.util.Map.of(
                        "dependent",
                        java.util.Map.of("type", "competency", "id", "golf.handicapping"),
                        "prerequisite",
                        java.util.Map.of("type", "competency", "id", "golf.playing")))
                .post("/api/learning/prerequisites")
                .then()
                .statusCode(200);
        given().baseUri(base)
                .header("X-Pathwise-Session", instructor)
                .contentType("application/json")
                .body(java.util.Map.of("title", "Golf for new players", "role", "new hire", "steps", units))
                .post("/api/pathways")
                .then()
                .statusCode(201);
    }

    /** The project's docs folder, found above the working directory. */
    static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/index.md"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("no docs/index.md above " + Path.of("").toAbsolutePath());
    }

    private record Pages(Chromium browser, Path out) {
        void shoot(String url, String name) {
            browser.open(url);
            if (url.contains("/instructor/dashboard")) {
                browser.wait.until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heat")),
                        ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-status"), ".")));
            }
            save(name);
        }

        /** One part of the page shown (below the full-page shot's height limit). */
        void part(By by, String name) {
            org.openqa.selenium.WebElement element =
                    browser.wait.until(ExpectedConditions.presenceOfElementLocated(by));
            browser.driver.executeScript("arguments[0].scrollIntoView()", element);
            try {
                Path shot = element.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void save(String name) {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            browser.wait.until(d -> "complete".equals(browser.driver.executeScript("return document.readyState")));
            long height = (Long) browser.driver.executeScript("return document.documentElement.scrollHeight");
            Dimension size = browser.driver.manage().window().getSize();
            int tall = (int) Math.min(Math.max(height, 600), 2400);
            browser.driver.manage().window().setSize(new Dimension(size.getWidth(), tall));
            try {
                Thread.sleep(300);
                Path shot = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                browser.driver.manage().window().setSize(size);
            }
        }
    }
}
