package org.pathwise.lrs.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.pathwise.lrs.XapiTestClient;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/**
 * The LRS through tincanjs and {@code @xapi/xapi} in headless Chromium, from a page of another origin (so every
 * call is a CORS request with its preflight): the same checks as the Node test ({@code client-checks.js}), loaded by
 * a page this test serves on its own port.
 */
class TinCanBrowserIT {
    private static final Map<String, Path> LIBRARIES = Map.of(
            "/lib/tincan-min.js", Path.of("node_modules/tincanjs/build/tincan-min.js"),
            "/lib/XAPI.umd.js", Path.of("node_modules/@xapi/xapi/dist/XAPI.umd.js"),
            "/lib/client-checks.js", Path.of("client-checks.js"));

    static HttpServer pages;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/", TinCanBrowserIT::serve);
        pages.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void tincanAndXapiJsSendAndReadBackFromABrowserPageOfAnotherOrigin() {
        StoreCredential credential = XapiTestClient.newStore("all");
        String endpoint = XapiTestClient.server().baseUrl() + "/xapi";
        String pageOrigin = "http://127.0.0.1:" + pages.getAddress().getPort();
        assertThat(URI.create(endpoint).getPort())
                .isNotEqualTo(pages.getAddress().getPort());

        driver.get(pageOrigin + "/xapi-clients.html");
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "clientChecks.run(XAPI, TinCan, {endpoint: arguments[0], key: arguments[1],"
                                + " secret: arguments[2], version: '1.0.3'})"
                                + ".then(r => done(JSON.stringify(r)),"
                                + " e => done('FAILED ' + (e && e.message ? e.message : JSON.stringify(e))));",
                        endpoint,
                        credential.key(),
                        credential.secret());

        assertThat(String.valueOf(result)).as("the checks in the page").doesNotStartWith("FAILED");
        JsonNode report = ClientReport.parse(String.valueOf(result));
        ClientReport.assertXapiJs(report.get("xapiJs"), "1.0.3");
        ClientReport.assertTinCan(report.get("tincan"));
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        String type;
        if (path.equals("/xapi-clients.html")) {
            try (InputStream page = TinCanBrowserIT.class.getResourceAsStream("/clients/xapi-clients.html")) {
                body = page.readAllBytes();
            }
            type = "text/html; charset=utf-8";
        } else if (LIBRARIES.containsKey(path)) {
            body = Files.readAllBytes(ClientReport.nodeDir().resolve(LIBRARIES.get(path)));
            type = "text/javascript; charset=utf-8";
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
