package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * Refreshes {@code docs/screenshots/*.png}: each main page in headless Chromium, desktop-sized and (for two pages)
 * phone-sized. Starts a throwaway server with the demo (the WARs named by {@code pathwise.test.wars}); run it with
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
            String instructor = session(base, "screens-instructor", "Grace Hopper", "instructor");
            pages.shoot(base + "/instructor?s=" + instructor, "instructor-library");
            pages.shoot(base + "/instructor/dashboard?s=" + instructor, "instructor-dashboard");
            String learner = session(base, "screens-learner", "Ada Lovelace", "learner");
            pages.shoot(base + "/learn?s=" + learner, "learner-pathway");
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            pages.shoot(base + "/learn?s=" + learner, "learner-pathway-phone");
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

    private static String session(String base, String learnerId, String name, String role) {
        return given().baseUri(base)
                .contentType("application/json")
                .body(Map.of("learnerId", learnerId, "name", name, "roles", List.of(role)))
                .post("/api/dev/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
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
            save(name);
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
