package org.pathwise.tool.pages.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.platform.DatabaseReadiness;

/** Health at a glance: the tool's database, the LRS, the statements on their way to the LRS, the score queue. */
@Path("admin/health")
@Produces(MediaType.TEXT_HTML)
public class HealthPages extends AdminPage {

    static final String HERE = "/admin/health";

    @Inject
    @Readiness
    DatabaseReadiness database;

    @Inject
    LrsAdminClient lrs;

    @Inject
    ToolQueues queues;

    @GET
    @Operation(summary = "Admin page: health of the tool, the LRS and the queues")
    public Response health() {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        Messages m = messages();
        StringBuilder body = new StringBuilder("<ul class=\"health\">");
        HealthCheckResponse db = database.call();
        boolean dbUp = db.getStatus() == HealthCheckResponse.Status.UP;
        body.append(item(m, "health.toolDb", dbUp, m.t(dbUp ? "health.up" : "health.down")));
        LrsAdminClient.Answer about = lrs.about();
        boolean lrsUp = about.ok();
        String versions =
                lrsUp && about.body() != null ? about.body().path("version").toString() : about.detail();
        body.append(item(m, "health.lrs", lrsUp, (lrsUp ? m.t("health.up") + " — " : "") + versions));
        ToolQueues.Outbox outbox = queues.outbox();
        boolean outboxOk = outbox.lastError() == null;
        body.append(item(
                m,
                "health.outbox",
                outboxOk,
                m.t("health.outbox.figures", outbox.pending(), outbox.delivered())
                        + (outbox.lastError() == null ? "" : " — " + outbox.lastError())));
        Map<String, Long> scores = queues.scores();
        boolean scoresOk = !scores.containsKey("FAILED");
        body.append(
                item(m, "health.scores", scoresOk, scores.isEmpty() ? m.t("health.scores.none") : scores.toString()));
        body.append("</ul><p>")
                .append(m.h("health.endpoints"))
                .append(" <code>/health/ready</code>, <code>/health/live" + "</code>, <code>/metrics</code>.</p>");
        if (outbox.oldestPending() != null) {
            body.append("<p>")
                    .append(m.h("health.outbox.oldest"))
                    .append(' ')
                    .append(Html.time(outbox.oldestPending(), ""))
                    .append("</p>");
        }
        return page(m, admin.get(), HERE, m.t("health.title"), body.toString());
    }

    private static String item(Messages m, String key, boolean ok, String detail) {
        return "<li class=\"" + (ok ? "good" : "bad") + "\"><span class=\"dot\" aria-hidden=\"true\"></span><strong>"
                + m.h(key) + "</strong> <span class=\"visually-hidden\">" + m.h(ok ? "health.ok" : "health.problem")
                + "</span> " + Html.escape(detail) + "</li>";
    }
}
