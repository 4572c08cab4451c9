package org.pathwise.tool.pages.instructor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.session.ToolSession;

/**
 * The class dashboard: per pathway of the course, mastery per learner × competency (a heat map table), progress,
 * learners at risk with the reasons, and charts (Chart.js). The figures come from the personalization API
 * ({@code GET /api/pathways}, {@code GET /api/pathways/{id}/learners}) and are drawn by {@code /assets/dashboard.js}.
 */
@Path("instructor/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    @Inject
    LtiPage page;

    @GET
    @Operation(summary = "The instructor's class dashboard")
    public Response dashboard(@QueryParam("pathway") String pathway) {
        if (page.session().isEmpty()) {
            return page.noSession();
        }
        ToolSession session = page.session().get();
        if (!session.isInstructor()) {
            return page.instructorsOnly(session);
        }
        Messages m = page.messages();
        StringBuilder body = new StringBuilder();
        body.append("<div id=\"dashboard\"").append(data("pathway", pathway == null ? "" : pathway));
        for (String key : TEXTS) {
            body.append(
                    data(key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT), m.t("dashboard." + key)));
        }
        body.append("><form class=\"card filters\" method=\"get\" action=\"/instructor/dashboard\">")
                .append("<div class=\"field\"><label for=\"pathway\">")
                .append(m.h("dashboard.pathway"))
                .append("</label><select id=\"pathway\" name=\"pathway\"></select></div>")
                .append("<button type=\"submit\" class=\"secondary\">")
                .append(m.h("dashboard.show"))
                .append("</button></form>")
                .append("<p id=\"dashboard-status\" role=\"status\" class=\"muted\">")
                .append(m.h("dashboard.loading"))
                .append("</p><noscript><p>")
                .append(m.h("dashboard.noscript"))
                .append("</p></noscript>")
                .append("<div class=\"stats\" id=\"stats\"></div>")
                .append("<h2 id=\"heat-title\">")
                .append(m.h("dashboard.heat"))
                .append("</h2>")
                .append("<p class=\"legend\" aria-hidden=\"true\">0% ");
        for (int i = 0; i <= 10; i++) {
            body.append("<span class=\"m").append(i).append("\"></span>");
        }
        body.append(" 100%</p><div class=\"table-wrap\" id=\"heat\"></div>")
                .append("<h2>")
                .append(m.h("dashboard.atRisk"))
                .append("</h2><ul id=\"at-risk\"></ul>")
                .append("<h2>")
                .append(m.h("dashboard.charts"))
                .append("</h2><div class=\"charts\">")
                .append(
                        "<figure class=\"chart\"><div class=\"chart-box\"><canvas id=\"chart-progress\" role=\"img\" aria-label=\"")
                .append(m.h("dashboard.chart.progress"))
                .append("\"></canvas></div><figcaption>")
                .append(m.h("dashboard.chart.progress"))
                .append("</figcaption></figure>")
                .append(
                        "<figure class=\"chart\"><div class=\"chart-box\"><canvas id=\"chart-mastery\" role=\"img\" aria-label=\"")
                .append(m.h("dashboard.chart.mastery"))
                .append("\"></canvas></div><figcaption>")
                .append(m.h("dashboard.chart.mastery"))
                .append("</figcaption></figure></div></div>");
        return page.ok(Layout.page(
                page.frame(session, "/instructor/dashboard"),
                m.t("dashboard.title"),
                body.toString(),
                "/assets/vendor/chart.umd.min.js",
                "/assets/dashboard.js"));
    }

    /** The strings the script shows, handed over as data attributes (so a translation stays one file). */
    static final String[] TEXTS = {
        "loading",
        "learner",
        "progress",
        "next",
        "flags",
        "learners",
        "avgCompletion",
        "atRiskCount",
        "mastered",
        "noPathways",
        "noLearners",
        "none",
        "failed",
        "complete",
        "evidence",
        "detail",
        "competencyAverage",
        "completion",
        "time",
        "timeUnrecorded"
    };

    private static String data(String name, String value) {
        return " data-" + name + "=\"" + Html.escape(value) + "\"";
    }
}
