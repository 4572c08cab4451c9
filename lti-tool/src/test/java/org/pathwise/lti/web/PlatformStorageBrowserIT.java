package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * Headless Chromium with third-party cookies blocked, as Safari and private windows do: the emulated platform's course
 * page (on 127.0.0.1) frames the tool (on localhost, another site). The tool's state cookie is refused by the browser,
 * so the launch can only be checked through LTI platform storage: {@code lti.put_data} at login and
 * {@code lti.get_data} at launch, answered by the platform's {@code post_message_forwarding} frame.
 */
class PlatformStorageBrowserIT {

    static PathwiseServer server;
    static PlatformEmulator platform;
    static LtiBrowser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.get();
        platform = PlatformEmulator.registeredWith(server);
        browser = new LtiBrowser(server, platform);
        platform.answerAuthorizations(
                browser.publicUrl(),
                nonce -> browser.resourceLink(nonce, List.of(LtiBrowser.MEMBERSHIP + "Instructor")));
        driver = chromeBlockingThirdPartyCookies();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        platform.close();
    }

    static ChromeDriver chromeBlockingThirdPartyCookies() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage");
        // 1 = block third-party cookies (chrome://settings/cookies)
        options.setExperimentalOption(
                "prefs", Map.of("profile.cookie_controls_mode", 1, "profile.block_third_party_cookies", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        return new ChromeDriver(service, options);
    }

    @Test
    void launchInAFrameWithThirdPartyCookiesBlockedSucceedsThroughPlatformStorage() {
        launchThroughStorage(platform.coursePageUrl(true));
    }

    @Test
    void platformStorageSpeakingOnlyTheOlderDraftSubjectsWorksToo() {
        launchThroughStorage(platform.coursePageUrlWithOlderStorage());
    }

    @Test
    void thePlatformIsAskedForItsCapabilitiesBeforeItsStorageIsUsed() {
        launchThroughStorage(platform.coursePageUrl(true));
        driver.switchTo().defaultContent();
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) driver.executeScript("return window.capabilityRequests;");
        assertThat(asked)
                .as("lti.capabilities asked by the login page and by the launch page")
                .containsExactly(browser.publicUrl(), browser.publicUrl());
    }

    @Test
    void aPlatformWhoseCapabilitiesListNoStorageIsNotAskedToKeepTheState() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.switchTo().defaultContent();
        driver.get(platform.coursePageUrlWhoseCapabilitiesListNoStorage());

        awaitToolFrameUrl(url -> url.endsWith("/lti/launch"));
        driver.switchTo().defaultContent();
        driver.switchTo().frame("tool");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .as("no storage and no third-party cookie: the new-window page")
                .contains("Pathwise could not open this activity", "new window");
        driver.switchTo().defaultContent();
        driver.switchTo().frame("post_message_forwarding");
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) driver.executeScript("return window.calls;");
        assertThat(calls).as("lti.put_data was not sent").isEmpty();
        driver.switchTo().defaultContent();
    }

    private void launchThroughStorage(String coursePage) {
        int before = platform.authorizationRequests.size();
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.switchTo().defaultContent();
        driver.get(coursePage);

        String landed = awaitToolFrameUrl(url -> url.equals(browser.publicUrl() + "/instructor"));
        assertThat(landed).isEqualTo(browser.publicUrl() + "/instructor");
        driver.switchTo().frame("tool");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .as("the page rendered inside the platform's frame (no X-Frame-Options, frame-ancestors allows it)")
                .isEqualTo("Content library");
        driver.switchTo().defaultContent();
        assertThat(platform.authorizationRequests.size()).isEqualTo(before + 1);
        String state = platform.authorizationRequests.get(before).get("state");

        driver.switchTo().defaultContent();
        driver.switchTo().frame("post_message_forwarding");
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) driver.executeScript("return window.calls;");
        assertThat(calls)
                .containsExactly(
                        "put " + browser.publicUrl() + " state-" + state,
                        "get " + browser.publicUrl() + " state-" + state);
        driver.switchTo().defaultContent();
        assertThat(toolCookies())
                .as("the browser kept no cookie of the framed tool")
                .isEmpty();
    }

    @Test
    void withoutPlatformStorageTheLearnerIsOfferedTheSameLoginInANewWindowWhereItSucceeds() {
        driver.switchTo().defaultContent();
        driver.get(platform.coursePageUrl(false));
        String course = driver.getWindowHandle();

        awaitToolFrameUrl(url -> url.endsWith("/lti/launch"));
        driver.switchTo().defaultContent();
        driver.switchTo().frame("tool");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Pathwise could not open this activity", "new window", "LTI-");
        driver.findElement(By.linkText("Open in a new window")).click();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String opened = wait.until(d -> d.getWindowHandles().stream()
                .filter(handle -> !handle.equals(course))
                .findFirst()
                .orElse(null));
        driver.switchTo().window(opened);
        wait.until(d -> d.getCurrentUrl().equals(browser.publicUrl() + "/instructor"));
        assertThat(driver.getCurrentUrl()).isEqualTo(browser.publicUrl() + "/instructor");
        assertThat(platform.authorizationRequests.get(platform.authorizationRequests.size() - 1))
                .containsEntry("login_hint", "4")
                .containsEntry("lti_message_hint", "hint-xyz");
        driver.close();
        driver.switchTo().window(course);
        driver.switchTo().defaultContent();
    }

    private String awaitToolFrameUrl(java.util.function.Predicate<String> reached) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        return wait.until(d -> {
            d.switchTo().defaultContent();
            d.switchTo().frame("tool");
            String url = String.valueOf(((ChromeDriver) d).executeScript("return location.href;"));
            d.switchTo().defaultContent();
            return reached.test(url) ? url : null;
        });
    }

    /** Every cookie the browser holds for the tool's site (through the DevTools protocol). */
    @SuppressWarnings("unchecked")
    private List<Object> toolCookies() {
        Map<String, Object> result =
                driver.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(browser.publicUrl() + "/")));
        return (List<Object>) result.get("cookies");
    }
}
