package org.pathwise.pathways.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.pathwise.lti.web.Html;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.tool.session.ToolSession;

/**
 * The learner's pathway page (server-rendered, texts in {@code pages.properties}): the next step with its reason and a
 * start link, every step in the order chosen with its status and reason, and mastery per competency.
 */
@ApplicationScoped
public class PathwayPage {

    @Inject
    LearnerPathways learnerPathways;

    @Inject
    CourseService courses;

    /** The page of one pathway, as HTML (the caller wraps it). */
    public Rendered render(ToolSession session, String pathwayId) {
        Locale locale = LearnerPathways.locale(session);
        PageText text = new PageText(locale);
        PlanView plan = learnerPathways.open(session, pathwayId);
        StringBuilder html = new StringBuilder("<main class=\"pathway\">");
        if (session.name() != null) {
            html.append("<p>")
                    .append(Html.escape(text.get("page.welcome", session.name())))
                    .append("</p>");
        }
        html.append("<section aria-labelledby=\"pw-next\"><h2 id=\"pw-next\">")
                .append(Html.escape(text.get("page.next")))
                .append("</h2>");
        if (plan.complete()) {
            html.append("<p class=\"pw-complete\">")
                    .append(Html.escape(plan.next().sentence()))
                    .append("</p>");
        } else {
            html.append("<p class=\"pw-next-title\"><strong>")
                    .append(Html.escape(plan.next().title()))
                    .append("</strong></p><p class=\"pw-reason\">")
                    .append(Html.escape(plan.next().sentence()))
                    .append("</p>");
            if (plan.next().launchUrl() != null) {
                html.append("<p><a class=\"pw-start\" href=\"")
                        .append(Html.escape(plan.next().launchUrl()))
                        .append("\">")
                        .append(Html.escape(text.get("page.start", plan.next().title())))
                        .append("</a></p>");
            }
        }
        html.append("</section>");
        steps(html, plan, text);
        mastery(html, plan, text, locale);
        return new Rendered(
                text.get("page.title", plan.pathwayTitle()),
                html.append("</main>").toString());
    }

    /** A list of the course's pathways to choose from (when a launch names none and the course has several). */
    public Rendered choose(ToolSession session, List<PathwayRecord> pathways) {
        PageText text = new PageText(LearnerPathways.locale(session));
        StringBuilder html = new StringBuilder("<main><ul class=\"pw-choose\">");
        for (PathwayRecord p : pathways) {
            html.append("<li><a href=\"/learn?pathway=")
                    .append(Html.escape(URLEncoder.encode(p.id(), StandardCharsets.UTF_8)))
                    .append("\">")
                    .append(Html.escape(p.title()))
                    .append("</a></li>");
        }
        return new Rendered(text.get("page.choose"), html.append("</ul></main>").toString());
    }

    /**
     * The pathways of the session's course; when the launch carries a {@code role} custom parameter (e.g.
     * {@code new-hire}) and some pathways are for that role, only those.
     */
    public List<PathwayRecord> pathways(ToolSession session) {
        List<PathwayRecord> all = courses.pathways(CourseKey.of(session));
        String role = session.custom() == null ? null : session.custom().get("role");
        List<PathwayRecord> forRole =
                all.stream().filter(p -> p.role().equals(role)).toList();
        return forRole.isEmpty() ? all : forRole;
    }

    private static void steps(StringBuilder html, PlanView plan, PageText text) {
        int total = plan.done().size()
                + (plan.complete() ? 0 : 1)
                + plan.remainder().size()
                + plan.skipped().size();
        int behind = plan.done().size() + plan.skipped().size();
        long percent = Math.round(plan.completion() * 100);
        html.append("<section aria-labelledby=\"pw-steps\"><h2 id=\"pw-steps\">")
                .append(Html.escape(text.get("page.steps")))
                .append("</h2><p class=\"pw-progress\"><label for=\"pw-progress-bar\">")
                .append(Html.escape(text.get("page.progress", percent, behind, total)))
                .append("</label> <progress id=\"pw-progress-bar\" max=\"100\" value=\"")
                .append(percent)
                .append("\">")
                .append(percent)
                .append("%</progress></p><ol class=\"pw-steps\">");
        plan.done().forEach(st -> item(html, st, "DONE", text));
        if (!plan.complete()) {
            item(html, plan.next(), "NEXT", text);
        }
        plan.remainder().forEach(st -> item(html, st, "LATER", text));
        plan.skipped().forEach(st -> item(html, st, "SKIPPED", text));
        html.append("</ol></section>");
    }

    private static void item(StringBuilder html, PlanView.Step step, String status, PageText text) {
        html.append("<li class=\"pw-step pw-")
                .append(status.toLowerCase(Locale.ROOT))
                .append("\">");
        if (step.launchUrl() != null && !"SKIPPED".equals(status)) {
            html.append("<a href=\"")
                    .append(Html.escape(step.launchUrl()))
                    .append("\">")
                    .append(Html.escape(step.title()))
                    .append("</a>");
        } else {
            html.append(Html.escape(step.title()));
        }
        html.append(" <span class=\"pw-status\">")
                .append(Html.escape(text.get("page.status." + status)))
                .append("</span>");
        if (step.sentence() != null) {
            html.append(" <span class=\"pw-why\">")
                    .append(Html.escape(step.sentence()))
                    .append("</span>");
        }
        html.append("</li>");
    }

    private static void mastery(StringBuilder html, PlanView plan, PageText text, Locale locale) {
        html.append("<section aria-labelledby=\"pw-mastery\"><h2 id=\"pw-mastery\">")
                .append(Html.escape(text.get("page.mastery")))
                .append("</h2>");
        if (plan.mastery().stream().allMatch(m -> m.evidence() == 0)) {
            html.append("<p>")
                    .append(Html.escape(text.get("page.mastery.none")))
                    .append("</p>");
        }
        html.append("<div class=\"table-wrap\"><table class=\"pw-mastery\"><caption>")
                .append(Html.escape(text.get("page.mastery.caption")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.escape(text.get("page.mastery.competency")))
                .append("</th><th scope=\"col\">")
                .append(Html.escape(text.get("page.mastery.estimate")))
                .append("</th></tr></thead><tbody>");
        for (PlanView.Mastery m : plan.mastery()) {
            html.append("<tr><th scope=\"row\">")
                    .append(Html.escape(m.name()))
                    .append("</th><td>")
                    .append(String.format(locale, "%d%%", Math.round(m.mastery() * 100)))
                    .append(m.mastered() ? " (" + Html.escape(text.get("page.mastery.mastered")) + ")" : "")
                    .append("</td></tr>");
        }
        html.append("</tbody></table></div></section>");
    }

    /** A page's title and its body HTML. */
    public record Rendered(String title, String body) {}
}
