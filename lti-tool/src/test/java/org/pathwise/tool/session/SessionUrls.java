package org.pathwise.tool.session;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Tests' way into a page with a session: the session id goes in the {@code X-Pathwise-Session} header or the cookie,
 * never in an address; a page opened in a browser gets a one-time launch handle ({@code ?s=}) made for it.
 */
public final class SessionUrls {

    private SessionUrls() {}

    /** A fresh one-time launch handle of the session ({@code POST /api/session/handles} with the header). */
    public static String handle(String baseUrl, String session) {
        return given().baseUri(baseUrl)
                .header(SessionFilter.HEADER, session)
                .post("/api/session/handles")
                .then()
                .statusCode(201)
                .extract()
                .path("handle");
    }

    /** {@code base + path} with a fresh handle of the session (minted through {@code apiBase}). */
    public static String url(String apiBase, String base, String path, String session) {
        return base + path + (path.contains("?") ? "&" : "?") + "s=" + handle(apiBase, session);
    }

    /** {@code base + path} with a fresh handle of the session. */
    public static String url(String base, String path, String session) {
        return url(base, base, path, session);
    }

    /** The session a launch answer started (its {@code pw_session} cookie). */
    public static String ofLaunch(Response launch) {
        return launch.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionFilter.COOKIE + "="))
                .map(c -> c.substring(SessionFilter.COOKIE.length() + 1, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    /** The handle in an address ({@code s=}), or null. */
    public static String handleIn(String url) {
        int at = url.indexOf("s=", Math.max(0, url.indexOf('?')));
        while (at > 0 && url.charAt(at - 1) != '?' && url.charAt(at - 1) != '&') {
            at = url.indexOf("s=", at + 1);
        }
        if (at < 0) {
            return null;
        }
        int end = url.indexOf('&', at);
        return url.substring(at + 2, end < 0 ? url.length() : end);
    }

    /** The path and query of an address, without its handle ({@code s=}). */
    public static String pathOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String query = uri.getRawQuery() == null
                ? ""
                : java.util.Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.startsWith("s="))
                        .collect(java.util.stream.Collectors.joining("&"));
        return uri.getRawPath() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The session of the page in the browser: its {@code pw-session} meta, else the tool's cookie. */
    public static String ofPage(WebDriver driver) {
        Object meta = ((JavascriptExecutor) driver)
                .executeScript("var m = document.querySelector('meta[name=\"pw-session\"]');"
                        + " return m ? m.getAttribute('content') : null;");
        if (meta != null && !String.valueOf(meta).isEmpty()) {
            return String.valueOf(meta);
        }
        Cookie cookie = driver.manage().getCookieNamed(SessionFilter.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
