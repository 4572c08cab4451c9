package org.pathwise.tool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core (npm, installed by lti-tool/pom.xml into src/test/node, ADR 0015) in the browser on the page shown,
 * for the WCAG 2.1 A and AA rules, and fails on any violation of impact serious or critical, naming the rule, its
 * help text and the elements.
 */
final class Axe {

    private static String source;

    private Axe() {}

    /** Asserts the page shown in {@code browser} has no serious or critical axe-core violation. */
    static void assertNoSeriousViolations(Chromium browser, String page) {
        browser.driver.executeScript(script());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>)
                browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                        + " 'wcag21aa']}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.filter(function (v) {"
                        + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                        + "  return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map("
                        + "    function (n) { return n.target.join(' ') + ' — ' + n.failureSummary; })}; })); })"
                        + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e),"
                        + " nodes: []}]); });");
        String report = violations.stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + "\n    "
                        + String.join("\n    ", nodes(v)))
                .collect(Collectors.joining("\n"));
        assertThat(violations)
                .as(
                        "axe-core serious/critical violations on %s (%s):\n%s",
                        page, browser.driver.getCurrentUrl(), report)
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> nodes(Map<String, Object> violation) {
        return ((List<Object>) violation.get("nodes"))
                .stream().map(String::valueOf).toList();
    }

    private static synchronized String script() {
        if (source == null) {
            Path js = Path.of(
                    System.getProperty("pathwise.test.node-dir", "src/test/node"),
                    "node_modules",
                    "axe-core",
                    "axe.min.js");
            try {
                source = Files.readString(js);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "axe-core is not installed (npm ci in lti-tool/src/test/node): " + js, e);
            }
        }
        return source;
    }
}
