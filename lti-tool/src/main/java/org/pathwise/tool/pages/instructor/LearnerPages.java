package org.pathwise.tool.pages.instructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.player.runtime.RuntimeSettings;
import org.pathwise.tool.lrs.LrsSettings;
import org.pathwise.tool.pages.admin.LrsAdminClient;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.session.CourseMembers;
import org.pathwise.tool.session.ToolSession;

/**
 * One learner for the instructor: time on task, the statements timeline from the LRS (the sequencer's decisions are
 * statements too), and — drawn by {@code /assets/dashboard.js} from the personalization API — the plan with its
 * reasons, mastery per competency, and the form to override the next module.
 */
@Path("instructor/learners/{learnerId}")
@Produces(MediaType.TEXT_HTML)
public class LearnerPages {

    static final int TIMELINE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LtiPage page;

    @Inject
    ClassMembers members;

    @Inject
    CourseMembers course;

    @Inject
    LrsAdminClient lrs;

    @Inject
    LrsSettings lrsSettings;

    @Inject
    RuntimeSettings runtime;

    @GET
    @Operation(summary = "The instructor's page about one learner of the course")
    public Response learner(@PathParam("learnerId") String learnerId, @QueryParam("pathway") String pathway) {
        if (page.session().isEmpty()) {
            return page.noSession();
        }
        ToolSession session = page.session().get();
        if (!session.isInstructor()) {
            return page.instructorsOnly(session);
        }
        Messages m = page.messages();
        Optional<CourseMembers.Member> member = course.find(session, learnerId);
        if (member.isEmpty()) {
            return page.html(
                    404,
                    Layout.page(
                            page.frame(session, ""),
                            m.t("learner.notFound.title"),
                            Layout.notice("error", m.t("learner.notFound"))));
        }
        String name = ClassMembers.label(member.get(), m);
        ClassMembers.Time spent = members.timeOnTask(learnerId, session.contextId());
        Duration time = spent.course();
        StringBuilder body = new StringBuilder();
        body.append("<dl class=\"facts\" id=\"learner-facts\"><dt>")
                .append(m.h("learner.name"))
                .append("</dt><dd>")
                .append(Html.escape(name))
                .append(
                        member.get().anonymous()
                                ? " <span class=\"muted\">(" + m.h("learner.pseudonym.why") + ")</span>"
                                : "")
                .append("</dd>");
        if (member.get().email() != null && member.get().name() != null) {
            body.append("<dt>")
                    .append(m.h("learner.email"))
                    .append("</dt><dd>")
                    .append(Html.escape(member.get().email()))
                    .append("</dd>");
        }
        body.append("<dt>")
                .append(m.h("learner.firstSeen"))
                .append("</dt><dd>")
                .append(Html.time(member.get().firstSeen(), ""))
                .append("</dd><dt>")
                .append(m.h("learner.lastSeen"))
                .append("</dt><dd>")
                .append(Html.time(member.get().lastSeen(), ""))
                .append("</dd></dl>");
        body.append("<div class=\"stats\"><div class=\"stat\"><span class=\"value\">")
                .append(m.h("learner.time.value", time.toHours(), time.toMinutesPart()))
                .append("</span><span class=\"muted\">")
                .append(m.h("learner.time"))
                .append("</span></div>");
        if (spent.unrecordedMillis() > 0) {
            Duration unrecorded = spent.unrecorded();
            body.append("<div class=\"stat\" id=\"time-unrecorded\"><span class=\"value\">")
                    .append(m.h("learner.time.value", unrecorded.toHours(), unrecorded.toMinutesPart()))
                    .append("</span><span class=\"muted\">")
                    .append(m.h("learner.time.unrecorded"))
                    .append("</span></div>");
        }
        body.append("</div>");
        body.append("<section id=\"learner-plan\" aria-labelledby=\"plan-title\"")
                .append(data("learner", learnerId))
                .append(data("pathway", pathway == null ? "" : pathway));
        for (String key : TEXTS) {
            body.append(
                    data(key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT), m.t("learner." + key)));
        }
        body.append("><h2 id=\"plan-title\">")
                .append(m.h("learner.plan"))
                .append("</h2>")
                .append("<p id=\"plan-status\" role=\"status\" class=\"muted\"></p><div id=\"plan\"></div>")
                .append("<form id=\"override\" class=\"card narrow\" hidden><h3>")
                .append(m.h("learner.override"))
                .append("</h3><div class=\"field\"><label for=\"override-unit\">")
                .append(m.h("learner.override.unit"))
                .append("</label><select id=\"override-unit\" name=\"unit\"></select></div>")
                .append("<button type=\"submit\">")
                .append(m.h("learner.override.save"))
                .append("</button>")
                .append("<p id=\"override-status\" role=\"status\"></p></form></section>");
        body.append("<h2>").append(m.h("learner.timeline")).append("</h2>").append(timeline(m, learnerId));
        String title = m.t("learner.title", name);
        return page.ok(Layout.page(page.frame(session, ""), title, body.toString(), "/assets/dashboard.js"));
    }

    private String timeline(Messages m, String learnerId) {
        Optional<String> authorization = lrsSettings.authorization();
        if (authorization.isEmpty()) {
            return Layout.notice("error", m.t("learner.timeline.noCredential"));
        }
        String agent = JSON.createObjectNode()
                .set(
                        "account",
                        JSON.createObjectNode()
                                .put("homePage", runtime.publicUrl())
                                .put("name", learnerId))
                .toString();
        LrsAdminClient.Answer answer = lrs.statementsAs(
                "/statements?limit=" + TIMELINE + "&agent=" + URLEncoder.encode(agent, StandardCharsets.UTF_8),
                authorization.get());
        if (!answer.ok()) {
            return Layout.notice("error", m.t("learner.timeline.failed", answer.detail()));
        }
        JsonNode statements = answer.body().path("statements");
        if (statements.isEmpty()) {
            return "<p>" + m.h("learner.timeline.none") + "</p>";
        }
        StringBuilder html = new StringBuilder("<ol class=\"timeline\" aria-label=\"")
                .append(m.h("learner.timeline"))
                .append("\">");
        for (JsonNode s : statements) {
            html.append("<li>")
                    .append(Html.time(instant(s.path("timestamp").asText(null)), ""))
                    .append(" — <strong>")
                    .append(Html.escape(verb(s.path("verb"))))
                    .append("</strong> ")
                    .append(Html.escape(object(s.path("object"))));
            String result = result(s.path("result"), m);
            if (!result.isEmpty()) {
                html.append(" <span class=\"muted\">(")
                        .append(Html.escape(result))
                        .append(")</span>");
            }
            html.append("</li>");
        }
        return html.append("</ol>").toString();
    }

    static final String[] TEXTS = {
        "next",
        "remainder",
        "done",
        "skipped",
        "mastery",
        "mastered",
        "notMastered",
        "failed",
        "saved",
        "noPlan",
        "clear",
        "complete",
        "flags"
    };

    private static String data(String name, String value) {
        return " data-" + name + "=\"" + Html.escape(value) + "\"";
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String verb(JsonNode verb) {
        JsonNode display = verb.path("display");
        if (display.isObject() && !display.isEmpty()) {
            return display.has("en-US")
                    ? display.get("en-US").asText()
                    : display.elements().next().asText();
        }
        String id = verb.path("id").asText();
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static String object(JsonNode object) {
        JsonNode name = object.path("definition").path("name");
        if (name.isObject() && !name.isEmpty()) {
            return name.has("en-US")
                    ? name.get("en-US").asText()
                    : name.elements().next().asText();
        }
        return object.path("id").asText();
    }

    private static String result(JsonNode result, Messages m) {
        if (!result.isObject()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (result.path("score").has("scaled")) {
            text.append(Math.round(result.path("score").get("scaled").asDouble() * 100))
                    .append('%');
        }
        if (result.has("success")) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(m.t(result.get("success").asBoolean() ? "learner.result.passed" : "learner.result.failed"));
        }
        if (result.has("completion") && result.get("completion").asBoolean()) {
            text.append(text.isEmpty() ? "" : ", ").append(m.t("learner.result.completed"));
        }
        return text.toString();
    }
}
