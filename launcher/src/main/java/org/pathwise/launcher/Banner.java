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
                "  Demo LMS         " + base + "/demo/platform   (launch as a learner or an instructor)",
                "  LTI registration " + base
                        + "/lti/register     (Moodle: Site admin > Plugins > External tool > Tool URL)",
                "  Canvas config    " + base + "/lti/canvas.json",
                "  Tool JWKS        " + base + "/lti/jwks",
                "  xAPI endpoint    " + base + "/xapi",
                "    demo key       " + server.demoXapiKey(),
                "    demo secret    " + server.demoXapiSecret(),
                "  Admin pages      " + base + "/admin/login   (log in with the admin secret below)",
                "  Admin APIs       " + base + "/xapi/admin/stores, " + base + "/api/admin/platforms",
                "    user admin, secret " + server.adminSecret(),
                "  Health           " + base + "/health/ready",
                "  Metrics          " + base + "/metrics",
                "  OpenAPI          " + base + "/openapi  (UI: " + base + "/api-docs/)",
                "",
                "Press Ctrl-C to stop.",
                "");
    }
}
