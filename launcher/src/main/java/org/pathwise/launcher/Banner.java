package org.pathwise.launcher;

import java.time.Duration;

/** What the run command prints once the product is ready. */
final class Banner {

    private Banner() {}

    static String render(PathwiseServer server, int port, Duration startup) {
        String base = "http://localhost:" + port;
        return String.join(
                "\n",
                "",
                "Pathwise is ready in " + startup.toSeconds() + " s (database: "
                        + (server.embeddedDatabase()
                                ? "embedded MariaDB"
                                : server.database().url()) + ")",
                "",
                "  Pages            " + base + "/",
                "  Demo LMS         " + base + "/demo/platform   (launch as a learner or an instructor)",
                "  LTI registration " + base + "/lti/register     (paste into Moodle: Site admin > LTI > Tool URL)",
                "  Canvas config    " + base + "/lti/canvas.json",
                "  xAPI endpoint    " + base + "/xapi/",
                "    demo key       " + server.demoXapiKey(),
                "    demo secret    " + server.demoXapiSecret(),
                "  Admin            " + base + "/admin   user: admin  secret: " + server.adminSecret(),
                "  Health           " + base + "/health/ready",
                "  Metrics          " + base + "/metrics",
                "  OpenAPI          " + base + "/openapi  (UI: " + base + "/api-docs/)",
                "",
                "Press Ctrl-C to stop.",
                "");
    }
}
