package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;
import org.pathwise.player.PlayerFixtures;
import org.pathwise.tool.session.SessionUrls;

/**
 * The tool in an LMS-like frame with third-party cookies blocked (headless Chromium; the course page on 127.0.0.1
 * frames the tool on localhost): launch, the instructor's pages, their navigation, the player and back, a refresh —
 * all through one-time launch handles, and no address the browser loads ever holds the session id.
 */
class HandleBrowserIT {

    static PathwiseServer server;
    static PlatformEmulator platform;
    static LtiBrowser browser;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.get();
        platform = PlatformEmulator.registeredWith(server);
        browser = new LtiBrowser(server, platform);
        platform.answerAuthorizations(
                browser.publicUrl(),
                nonce -> browser.resourceLink(nonce, List.of(LtiBrowser.MEMBERSHIP + "Instructor")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                // the framed tool in the page's process: the performance log then holds its requests too
                "--disable-site-isolation-trials");
        options.setExperimentalOption(
                "prefs", Map.of("profile.cookie_controls_mode", 1, "profile.block_third_party_cookies", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        // pages without a session may be framed by the registered platforms, a list re-read every minute: wait until
        // it names this emulator
        long deadline = System.currentTimeMillis() + 120_000;
        while (!String.valueOf(io.restassured.RestAssured.given()
                                .baseUri(server.baseUrl())
                                .accept("text/html")
                                .get("/learn")
                                .header("Content-Security-Policy"))
                        .contains(platform.issuer())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** Every address seen: the frame's location, what its page loaded, its links, forms and frames. */
    private final Set<String> seen = new LinkedHashSet<>();

    private final List<String> handlesUsed = new ArrayList<>();

    @Test
    void launchPagesPlayerBackAndRefreshInAFrameWithoutCookiesNeverPutTheSessionIdInAnAddress() throws Exception {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get(platform.coursePageUrl(true));

        // launch: the frame lands on the instructor's library, the handle already out of its address
        awaitTool(url -> url.equals(browser.publicUrl() + "/instructor"));
        inTool();
        assertThat(h1()).isEqualTo("Content library");
        String session = SessionUrls.ofPage(driver);
        assertThat(session).as("the page holds its session in its body").isNotBlank();
        assertThat(toolCookies())
                .as("the browser kept no cookie of the framed tool")
                .isEmpty();
        collect();

        String unit = PlayerFixtures.upload(
                        server, session, PlayerFixtures.zip(PlayerFixtures.golf("RuntimeBasicCalls_SCORM12")))
                .getString("units[0].id");
        io.restassured.RestAssured.given()
                .baseUri(server.baseUrl())
                .header("X-Pathwise-Session", session)
                .contentType("application/json")
                .body(Map.of("title", "Golf through handles", "steps", List.of(unit)))
                .post("/api/pathways")
                .then()
                .statusCode(201);

        // navigate: nav links are opened with a fresh handle each
        driver.findElement(By.linkText("Pathways")).click();
        awaitTool(url -> url.equals(browser.publicUrl() + "/instructor/pathways"));
        inTool();
        assertThat(h1()).isEqualTo("Pathways");
        assertThat(SessionUrls.ofPage(driver)).isEqualTo(session);
        collect();

        driver.findElement(By.linkText("My learning")).click();
        awaitTool(url -> url.equals(browser.publicUrl() + "/learn"));
        inTool();
        wait.until(d -> !driver.findElements(By.cssSelector("a.pw-start")).isEmpty());
        collect();

        // the player: the pathway's start link, then the SCO running with the SCORM API of the page
        driver.findElement(By.cssSelector("a.pw-start")).click();
        awaitTool(url -> url.equals(browser.publicUrl() + "/play/" + unit));
        inTool();
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return typeof window.API === 'object' && !!document.getElementById('pw-sco').src;")));
        collect();

        // back: the pathway page again, opened anew with the session this history entry holds
        driver.navigate().back();
        awaitTool(url -> url.equals(browser.publicUrl() + "/learn"));
        wait.until(d -> {
            inTool();
            return !driver.findElements(By.cssSelector("a.pw-start")).isEmpty()
                    && session.equals(SessionUrls.ofPage(driver));
        });
        collect();

        // refresh: the same
        driver.executeScript("location.reload();");
        wait.until(d -> {
            inTool();
            return !driver.findElements(By.cssSelector("a.pw-start")).isEmpty()
                    && session.equals(SessionUrls.ofPage(driver));
        });
        collect();

        driver.switchTo().defaultContent();
        seen.addAll(performanceLog());
        assertThat(seen).as("the browser's addresses were collected").anyMatch(u -> u.contains("/play/" + unit));
        assertThat(seen)
                .as("no address the browser loaded, linked or posted to holds the session id")
                .noneMatch(u -> u.contains(session));
        assertThat(handlesUsed).as("pages were opened with handles").hasSizeGreaterThanOrEqualTo(4);
        assertThat(new LinkedHashSet<>(handlesUsed))
                .as("each handle opened one page")
                .hasSameSizeAs(handlesUsed);

        // a spent handle opens nothing: the readable page, and the tab does not reopen it by itself
        inToolFrame();
        driver.executeScript("location.href = '/instructor?s=' + arguments[0];", handlesUsed.get(0));
        wait.until(d -> {
            inTool();
            return "Please launch Pathwise again".equals(h1());
        });
        driver.switchTo().defaultContent();
    }

    private void awaitTool(java.util.function.Predicate<String> reached) {
        try {
            wait.until(d -> {
                inTool();
                String url = String.valueOf(driver.executeScript("return location.href;"));
                seen.add(url);
                return reached.test(url) && "complete".equals(driver.executeScript("return document.readyState;"));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            inTool();
            throw new AssertionError(
                    "the tool's frame did not get there; it went through " + seen + " and shows: "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private void inTool() {
        driver.switchTo().defaultContent();
        driver.switchTo().frame("tool");
    }

    private void inToolFrame() {
        inTool();
    }

    private String h1() {
        List<org.openqa.selenium.WebElement> h1 = driver.findElements(By.tagName("h1"));
        return h1.isEmpty() ? null : h1.get(0).getText();
    }

    @SuppressWarnings("unchecked")
    private void collect() {
        List<String> urls = (List<String>) driver.executeScript("var out = [location.href];"
                + "performance.getEntries().forEach(function (e) { out.push(e.name); });"
                + "document.querySelectorAll('a[href]').forEach(function (a) { out.push(a.href); });"
                + "document.querySelectorAll('form').forEach(function (f) { out.push(f.action); });"
                + "document.querySelectorAll('iframe').forEach(function (f) { out.push(f.src); });"
                + "return out;");
        seen.addAll(urls);
    }

    /** The documents and requests of the performance log (every frame), noting the handles they carried. */
    private List<String> performanceLog() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    urls.add(url);
                    urls.add(params.path("documentURL").asText());
                    if ("Document".equals(params.path("type").asText())
                            && url.startsWith(browser.publicUrl())
                            && SessionUrls.handleIn(url) != null) {
                        handlesUsed.add(SessionUrls.handleIn(url));
                    }
                }
                case "Page.frameNavigated" ->
                    urls.add(params.path("frame").path("url").asText());
                default -> {}
            }
        }
        return urls;
    }

    @SuppressWarnings("unchecked")
    private List<Object> toolCookies() {
        driver.switchTo().defaultContent();
        Map<String, Object> result =
                driver.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(browser.publicUrl() + "/")));
        inTool();
        return (List<Object>) result.get("cookies");
    }
}
