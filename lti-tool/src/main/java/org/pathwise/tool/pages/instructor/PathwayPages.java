package org.pathwise.tool.pages.instructor;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.pathways.content.CourseContent;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.LibraryUnit;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.plan.LearnerPathways;
import org.pathwise.pathways.plan.PlanView;
import org.pathwise.pathways.plan.Planner;
import org.pathwise.tool.pages.web.Csrf;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.ToolSession;

/**
 * The instructor's pathway builder: the course's competency framework (CSV), module tags (kind, competencies,
 * difficulty, expected minutes), pathways (title, role, steps in order) and a preview of the plan a learner with a
 * given profile would get. Forms post here (CSRF-checked) and call the personalization services.
 */
@Path("instructor/pathways")
@Produces(MediaType.TEXT_HTML)
public class PathwayPages {

    static final String HERE = "/instructor/pathways";
    static final List<String> KINDS = List.of("LESSON", "PRACTICE", "PRE_TEST", "ASSESSMENT");

    @Inject
    LtiPage page;

    @Inject
    CourseService courses;

    @Inject
    LearnerPathways learnerPathways;

    @GET
    @Operation(summary = "The instructor's pathway builder: framework, module tags, pathways")
    public Response builder(@QueryParam("saved") String saved) {
        ToolSession session = instructor();
        if (session == null) {
            return denied();
        }
        Messages m = page.messages();
        return builderPage(session, m, saved == null ? "" : Layout.notice("ok", m.t("pathways.saved")), 200);
    }

    @POST
    @Path("framework")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Instructor form: import the course's competency framework (CSV id,name,parent_id)")
    public Response framework(MultivaluedMap<String, String> form) {
        return change(
                form,
                session -> courses.importFramework(
                        CourseKey.of(session),
                        csv(value(form, "csv")).getBytes(StandardCharsets.UTF_8),
                        true,
                        value(form, "title")));
    }

    @POST
    @Path("tags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Instructor form: tag a module with kind, competencies, difficulty and expected minutes")
    public Response tag(MultivaluedMap<String, String> form) {
        return change(
                form,
                session -> courses.tag(
                        CourseKey.of(session),
                        value(form, "unit"),
                        new CourseContent.ModuleTags(
                                value(form, "kind"),
                                form.get("competency") == null ? List.of() : form.get("competency"),
                                number(value(form, "difficulty"), "difficulty"),
                                minutes(value(form, "minutes")),
                                null)));
    }

    @POST
    @Path("prerequisites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Instructor form: add a prerequisite (a module or competency requires another; a cycle is"
                    + " refused and named on the page)")
    public Response addPrerequisite(MultivaluedMap<String, String> form) {
        return change(
                form,
                session -> courses.addPrerequisite(
                        CourseKey.of(session),
                        new CourseContent.Prerequisite(
                                ref(value(form, "dependent"), "dependent"),
                                ref(value(form, "prerequisite"), "prerequisite"))));
    }

    @POST
    @Path("prerequisites/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Instructor form: remove a prerequisite")
    public Response removePrerequisite(MultivaluedMap<String, String> form) {
        return change(form, session -> {
            CourseKey course = CourseKey.of(session);
            CourseContent.Prerequisite gone = new CourseContent.Prerequisite(
                    ref(value(form, "dependent"), "dependent"), ref(value(form, "prerequisite"), "prerequisite"));
            List<CourseContent.Prerequisite> kept =
                    new ArrayList<>(courses.content(course).prerequisites());
            if (!kept.remove(gone)) {
                throw new ApiException(
                        ApiException.Kind.NOT_FOUND, "prerequisite: no such prerequisite (already removed?)");
            }
            return courses.setPrerequisites(course, kept);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Instructor form: create a pathway from the chosen modules, in library order")
    public Response create(MultivaluedMap<String, String> form) {
        return change(
                form,
                session -> courses.createPathway(
                        CourseKey.of(session),
                        new CourseService.PathwayInput(
                                value(form, "title"),
                                value(form, "role").isBlank() ? null : value(form, "role"),
                                form.get("step") == null ? List.of() : form.get("step"),
                                value(form, "gradeMode").isBlank() ? null : value(form, "gradeMode"),
                                null)));
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "Instructor page: what a learner with the given mastered competencies would get")
    public Response preview(@PathParam("id") String id, @QueryParam("mastered") List<String> mastered) {
        ToolSession session = instructor();
        if (session == null) {
            return denied();
        }
        Messages m = page.messages();
        List<Planner.Answer> answers = new ArrayList<>();
        for (String c : mastered) {
            for (int i = 0; i < 6; i++) {
                answers.add(new Planner.Answer(c, true));
            }
        }
        PathwayRecord pathway;
        PlanView plan;
        try {
            pathway = courses.pathway(CourseKey.of(session), id);
            plan = learnerPathways.preview(session, id, new Planner.Profile(null, answers, List.of(), List.of()));
        } catch (ApiException e) {
            return page.html(
                    e.kind().status(),
                    Layout.page(
                            page.frame(session, HERE),
                            m.t("pathways.title"),
                            Layout.notice("error", m.t("form.error", e.getMessage()))));
        }
        CourseContent content = courses.content(CourseKey.of(session));
        StringBuilder body = new StringBuilder("<form method=\"get\" class=\"card\" action=\"")
                .append(HERE)
                .append('/')
                .append(Html.escape(Html.url(id)))
                .append("/preview\">")
                .append("<fieldset><legend>")
                .append(m.h("pathways.preview.profile"))
                .append("</legend><div class=\"checks\">");
        for (CourseContent.CompetencyEntry c : content.framework().competencies()) {
            String fid = "mastered-" + Html.escape(c.id());
            body.append("<div class=\"check\"><input type=\"checkbox\" name=\"mastered\" id=\"")
                    .append(fid)
                    .append("\" value=\"")
                    .append(Html.escape(c.id()))
                    .append('"')
                    .append(mastered.contains(c.id()) ? " checked" : "")
                    .append("><label for=\"")
                    .append(fid)
                    .append("\">")
                    .append(Html.escape(c.name()))
                    .append("</label></div>");
        }
        body.append("</div></fieldset><button type=\"submit\">")
                .append(m.h("pathways.preview.show"))
                .append("</button></form><h2>")
                .append(m.h("pathways.preview.plan"))
                .append("</h2><ol class=\"pathway\">");
        if (plan.next() != null) {
            step(body, plan.next(), "next", m.t("pathways.preview.next"));
        }
        plan.remainder().forEach(s -> step(body, s, "", m.t("pathways.preview.later")));
        plan.skipped().forEach(s -> step(body, s, "done", m.t("pathways.preview.skipped")));
        body.append("</ol>");
        return page.ok(Layout.page(
                page.frame(session, HERE), m.t("pathways.preview.title", pathway.title()), body.toString()));
    }

    private static void step(StringBuilder html, PlanView.Step s, String cls, String status) {
        html.append("<li class=\"")
                .append(cls)
                .append("\"><strong>")
                .append(Html.escape(s.title()))
                .append("</strong> <span class=\"tag\">")
                .append(Html.escape(status))
                .append("</span>")
                .append(s.sentence() == null ? "" : "<p class=\"why\">" + Html.escape(s.sentence()) + "</p>")
                .append("</li>");
    }

    private interface Change {
        Object apply(ToolSession session);
    }

    /** Checks the session, role and CSRF token, applies the change, and answers the page (the error names the field). */
    private Response change(MultivaluedMap<String, String> form, Change change) {
        ToolSession session = instructor();
        if (session == null) {
            return denied();
        }
        Messages m = page.messages();
        if (form == null || !page.validForm(session, form.getFirst(Csrf.FIELD))) {
            return page.html(
                    403,
                    Layout.page(
                            page.frame(session, HERE), m.t("csrf.title"), Layout.notice("error", m.t("csrf.body"))));
        }
        try {
            change.apply(session);
        } catch (ApiException e) {
            return builderPage(
                    session,
                    m,
                    Layout.notice("error", m.t("form.error", readable(e.getMessage(), session, m))),
                    e.kind().status());
        }
        return Response.seeOther(java.net.URI.create(page.withHandle(HERE + "?saved=1")))
                .build();
    }

    private Response builderPage(ToolSession session, Messages m, String top, int status) {
        CourseKey course = CourseKey.of(session);
        CourseContent content = courses.content(course);
        Map<String, LibraryUnit> units = courses.units();
        String token = Layout.csrfField(page.csrfToken(session));
        String action = "";
        StringBuilder body = new StringBuilder(top);

        body.append("<h2>").append(m.h("pathways.list")).append("</h2>");
        List<PathwayRecord> pathways = courses.pathways(course);
        if (pathways.isEmpty()) {
            body.append("<p>").append(m.h("pathways.none")).append("</p>");
        } else {
            body.append("<ul class=\"packages\">");
            for (PathwayRecord p : pathways) {
                body.append("<li><h3>")
                        .append(Html.escape(p.title()))
                        .append("</h3><p class=\"muted\">")
                        .append(p.role() == null ? "" : Html.escape(p.role()) + " · ")
                        .append(m.h("library.unitCount", p.steps().size()))
                        .append(" · ")
                        .append(m.h(
                                "pathways.gradebook",
                                m.t("pathways.new.grade." + p.gradeMode().name().toLowerCase(java.util.Locale.ROOT))))
                        .append("</p><p><a href=\"")
                        .append(HERE)
                        .append('/')
                        .append(Html.escape(Html.url(p.id())))
                        .append("/preview\">")
                        .append(m.h("pathways.preview"))
                        .append("</a> · <a href=\"/instructor/dashboard?pathway=")
                        .append(Html.escape(Html.url(p.id())))
                        .append("\">")
                        .append(m.h("nav.dashboard"))
                        .append("</a></p></li>");
            }
            body.append("</ul>");
        }

        body.append("<form method=\"post\" class=\"card\" id=\"new-pathway\" action=\"")
                .append(HERE)
                .append(action)
                .append("\"><h2>")
                .append(m.h("pathways.new"))
                .append("</h2>")
                .append(token)
                .append(field("title", m.t("pathways.new.title"), "text", true))
                .append(field("role", m.t("pathways.new.role"), "text", false))
                .append(gradeModeField(m))
                .append("<fieldset><legend>")
                .append(m.h("pathways.new.steps"))
                .append("</legend>");
        if (units.isEmpty()) {
            body.append("<p>").append(m.h("library.empty")).append("</p>");
        }
        for (LibraryUnit u : units.values()) {
            String fid = "step-" + Html.escape(u.unitId());
            body.append("<div class=\"check\"><input type=\"checkbox\" name=\"step\" id=\"")
                    .append(fid)
                    .append("\" value=\"")
                    .append(Html.escape(u.unitId()))
                    .append("\"><label for=\"")
                    .append(fid)
                    .append("\">")
                    .append(Html.escape(u.title()))
                    .append(" <span class=\"muted\">(")
                    .append(Html.escape(u.packageTitle()))
                    .append(")</span></label></div>");
        }
        body.append("</fieldset>");
        if (!content.itemBanks().isEmpty()) {
            body.append("<fieldset><legend>").append(m.h("pathways.new.banks")).append("</legend>");
            int b = 0;
            for (Map.Entry<String, CourseContent.ItemBankTags> bank :
                    content.itemBanks().entrySet()) {
                String fid = "bank-step-" + (++b);
                String title = bank.getValue().title() == null
                                || bank.getValue().title().isBlank()
                        ? bank.getKey()
                        : bank.getValue().title();
                body.append("<div class=\"check\"><input type=\"checkbox\" name=\"step\" id=\"")
                        .append(fid)
                        .append("\" value=\"")
                        .append(Html.escape(bank.getKey()))
                        .append("\"><label for=\"")
                        .append(fid)
                        .append("\">")
                        .append(m.h("pathways.new.bank", title))
                        .append("</label></div>");
            }
            body.append("</fieldset>");
        }
        body.append("<button type=\"submit\">")
                .append(m.h("pathways.new.submit"))
                .append("</button></form>");

        body.append("<h2>").append(m.h("pathways.tags")).append("</h2>");
        List<CourseContent.CompetencyEntry> competencies = content.framework().competencies();
        if (competencies.isEmpty()) {
            body.append("<p>").append(m.h("pathways.tags.needFramework")).append("</p>");
        }
        body.append("<div class=\"table-wrap\"><table><caption>")
                .append(m.h("pathways.tags.caption"))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(m.h("pathways.module"))
                .append("</th><th scope=\"col\">")
                .append(m.h("pathways.tags.current"))
                .append("</th><th scope=\"col\">")
                .append(m.h("pathways.tags.change"))
                .append("</th></tr></thead><tbody>");
        int row = 0;
        for (LibraryUnit u : units.values()) {
            row++;
            CourseContent.ModuleTags tags = content.modules().get(u.unitId());
            body.append("<tr><th scope=\"row\">")
                    .append(Html.escape(u.title()))
                    .append("</th><td>")
                    .append(tags == null ? m.h("pathways.tags.untagged") : describe(tags, competencies))
                    .append("</td><td><form method=\"post\" class=\"tag-form\" action=\"")
                    .append(HERE)
                    .append("/tags")
                    .append(action)
                    .append("\">")
                    .append(token)
                    .append("<input type=\"hidden\" name=\"unit\" value=\"")
                    .append(Html.escape(u.unitId()))
                    .append("\"><label for=\"kind-")
                    .append(row)
                    .append("\">")
                    .append(m.h("pathways.kind"))
                    .append("</label> <select id=\"kind-")
                    .append(row)
                    .append("\" name=\"kind\">");
            for (String k : KINDS) {
                body.append("<option value=\"")
                        .append(k)
                        .append('"')
                        .append(tags != null && k.equalsIgnoreCase(tags.kind()) ? " selected" : "")
                        .append('>')
                        .append(m.h("pathways.kind." + k))
                        .append("</option>");
            }
            body.append("</select> <label for=\"difficulty-")
                    .append(row)
                    .append("\">")
                    .append(m.h("pathways.difficulty"))
                    .append("</label> <input id=\"difficulty-")
                    .append(row)
                    .append("\" name=\"difficulty\" type=\"number\" step=\"0.1\" min=\"-3\" max=\"3\" value=\"")
                    .append(tags == null || tags.difficulty() == null ? "0" : tags.difficulty())
                    .append("\">")
                    .append(" <label for=\"minutes-")
                    .append(row)
                    .append("\">")
                    .append(m.h("pathways.minutes"))
                    .append("</label> <input id=\"minutes-")
                    .append(row)
                    .append("\" name=\"minutes\" type=\"number\" min=\"1\" max=\"600\" value=\"")
                    .append(tags == null || tags.expectedMinutes() == null ? "" : tags.expectedMinutes())
                    .append("\"><div class=\"checks\">");
            for (CourseContent.CompetencyEntry c : competencies) {
                String fid = "c-" + row + "-" + Html.escape(c.id());
                body.append("<div class=\"check\"><input type=\"checkbox\" name=\"competency\" id=\"")
                        .append(fid)
                        .append("\" value=\"")
                        .append(Html.escape(c.id()))
                        .append('"')
                        .append(tags != null && tags.competencies().contains(c.id()) ? " checked" : "")
                        .append("><label for=\"")
                        .append(fid)
                        .append("\">")
                        .append(Html.escape(c.name()))
                        .append("</label></div>");
            }
            body.append("</div><button type=\"submit\" class=\"small\" aria-label=\"")
                    .append(m.h("pathways.tags.save.label", u.title()))
                    .append("\">")
                    .append(m.h("pathways.tags.save"))
                    .append("</button></form></td></tr>");
        }
        body.append("</tbody></table></div>");

        prerequisites(body, m, content, units, token, action);

        body.append("<form method=\"post\" class=\"card\" id=\"framework\" action=\"")
                .append(HERE)
                .append("/framework")
                .append(action)
                .append("\"><h2>")
                .append(m.h("pathways.framework"))
                .append("</h2>")
                .append(token)
                .append("<p>")
                .append(m.h("pathways.framework.current", competencies.size()))
                .append("</p>")
                .append(field("title", m.t("pathways.framework.title"), "text", false))
                .append("<div class=\"field\"><label for=\"csv\">")
                .append(m.h("pathways.framework.csv"))
                .append("</label><span class=\"hint\" id=\"csv-hint\">")
                .append(m.h("pathways.framework.csv.hint"))
                .append("</span><textarea id=\"csv\" name=\"csv\" rows=\"6\" required aria-describedby=\"csv-hint\">")
                .append("</textarea></div><button type=\"submit\">")
                .append(m.h("pathways.framework.submit"))
                .append("</button></form>");
        return page.html(status, Layout.page(page.frame(session, HERE), m.t("pathways.title"), body.toString()));
    }

    /** The course's prerequisites (each with a remove button) and the form to add one. */
    private static void prerequisites(
            StringBuilder body,
            Messages m,
            CourseContent content,
            Map<String, LibraryUnit> units,
            String token,
            String action) {
        List<CourseContent.CompetencyEntry> competencies = content.framework().competencies();
        body.append("<section class=\"card\" id=\"prerequisites\" aria-labelledby=\"prerequisites-title\">")
                .append("<h2 id=\"prerequisites-title\">")
                .append(m.h("pathways.prereq"))
                .append("</h2><p class=\"muted\">")
                .append(m.h("pathways.prereq.intro"))
                .append("</p>");
        if (content.prerequisites().isEmpty()) {
            body.append("<p>").append(m.h("pathways.prereq.none")).append("</p>");
        } else {
            body.append("<ul class=\"prereqs\" aria-label=\"")
                    .append(m.h("pathways.prereq.list"))
                    .append("\">");
            for (CourseContent.Prerequisite p : content.prerequisites()) {
                String text = capitalized(
                        m.t(
                                "pathways.prereq.item",
                                name(p.dependent(), units, competencies, m),
                                name(p.prerequisite(), units, competencies, m)),
                        m);
                body.append("<li><span>")
                        .append(Html.escape(text))
                        .append("</span> <form method=\"post\" class=\"inline\" action=\"")
                        .append(HERE)
                        .append("/prerequisites/remove")
                        .append(action)
                        .append("\">")
                        .append(token)
                        .append(hidden("dependent", key(p.dependent())))
                        .append(hidden("prerequisite", key(p.prerequisite())))
                        .append("<button type=\"submit\" class=\"small danger\" aria-label=\"")
                        .append(m.h("pathways.prereq.remove.label", text))
                        .append("\">")
                        .append(m.h("pathways.prereq.remove"))
                        .append("</button></form></li>");
            }
            body.append("</ul>");
        }
        body.append("<form method=\"post\" id=\"new-prerequisite\" action=\"")
                .append(HERE)
                .append("/prerequisites")
                .append(action)
                .append("\"><h3>")
                .append(m.h("pathways.prereq.add"))
                .append("</h3>")
                .append(token)
                .append("<div class=\"grid\">")
                .append(nodeSelect("dependent", m.t("pathways.prereq.dependent"), units, competencies, m))
                .append(nodeSelect("prerequisite", m.t("pathways.prereq.requires"), units, competencies, m))
                .append("</div><button type=\"submit\">")
                .append(m.h("pathways.prereq.submit"))
                .append("</button></form></section>");
    }

    private static String nodeSelect(
            String id,
            String label,
            Map<String, LibraryUnit> units,
            List<CourseContent.CompetencyEntry> competencies,
            Messages m) {
        StringBuilder html = new StringBuilder("<div class=\"field\"><label for=\"")
                .append(id)
                .append("\">")
                .append(Html.escape(label))
                .append("</label><select id=\"")
                .append(id)
                .append("\" name=\"")
                .append(id)
                .append("\" required><optgroup label=\"")
                .append(m.h("pathways.prereq.modules"))
                .append("\">");
        for (LibraryUnit u : units.values()) {
            html.append("<option value=\"module:")
                    .append(Html.escape(u.unitId()))
                    .append("\">")
                    .append(Html.escape(u.title() + " (" + u.packageTitle() + ")"))
                    .append("</option>");
        }
        html.append("</optgroup><optgroup label=\"")
                .append(m.h("pathways.prereq.competencies"))
                .append("\">");
        for (CourseContent.CompetencyEntry c : competencies) {
            html.append("<option value=\"competency:")
                    .append(Html.escape(c.id()))
                    .append("\">")
                    .append(Html.escape(c.name()))
                    .append("</option>");
        }
        return html.append("</optgroup></select></div>").toString();
    }

    /** A module's title (with its package) or a competency's name, for people; the id when it is gone. */
    private static String name(
            CourseContent.NodeRef ref,
            Map<String, LibraryUnit> units,
            List<CourseContent.CompetencyEntry> competencies,
            Messages m) {
        if ("module".equals(ref.type())) {
            LibraryUnit u = units.get(ref.id());
            return m.t("pathways.prereq.module", u == null ? ref.id() : u.title() + " (" + u.packageTitle() + ")");
        }
        String label = competencies.stream()
                .filter(c -> c.id().equals(ref.id()))
                .findFirst()
                .map(CourseContent.CompetencyEntry::name)
                .orElse(ref.id());
        return m.t("pathways.prereq.competency", label);
    }

    private static String capitalized(String text, Messages m) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(m.locale()) + text.substring(1);
    }

    private static String key(CourseContent.NodeRef ref) {
        return ref.type() + ":" + ref.id();
    }

    /** {@code module:<unit id>} or {@code competency:<id>} from a form's select; a 400 naming the field otherwise. */
    static CourseContent.NodeRef ref(String value, String field) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, field + ": choose a module or a competency");
        }
        String type = value.substring(0, colon);
        if (!"module".equals(type) && !"competency".equals(type)) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, field + ": choose a module or a competency");
        }
        return new CourseContent.NodeRef(type, value.substring(colon + 1));
    }

    static final String CYCLE = "prerequisites form a cycle: ";

    /**
     * The cycle check's message ({@code prerequisites form a cycle: module <unit id> requires competency <id> ...})
     * in the page's language with each module and competency named by its title; any other message as it is.
     */
    private String readable(String message, ToolSession session, Messages m) {
        if (message == null || !message.startsWith(CYCLE)) {
            return message;
        }
        Map<String, LibraryUnit> units = courses.units();
        List<CourseContent.CompetencyEntry> competencies =
                courses.content(CourseKey.of(session)).framework().competencies();
        List<String> names = new ArrayList<>();
        for (String vertex : message.substring(CYCLE.length()).split(" requires ")) {
            int space = vertex.indexOf(' ');
            String type = space < 0 ? "" : vertex.substring(0, space);
            String id = space < 0 ? vertex : vertex.substring(space + 1);
            String name = "module".equals(type) && units.containsKey(id)
                    ? units.get(id).title()
                    : competencies.stream()
                            .filter(c -> "competency".equals(type) && c.id().equals(id))
                            .findFirst()
                            .map(CourseContent.CompetencyEntry::name)
                            .orElse(id);
            names.add("\u201c" + name + "\u201d");
        }
        return m.t("pathways.prereq.cycle", String.join(" " + m.t("pathways.prereq.requires") + " ", names));
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">";
    }

    private static String describe(CourseContent.ModuleTags tags, List<CourseContent.CompetencyEntry> framework) {
        List<String> names = tags.competencies().stream()
                .map(id -> framework.stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .map(CourseContent.CompetencyEntry::name)
                        .orElse(id))
                .toList();
        return "<span class=\"tag\">" + Html.escape(tags.kind() == null ? "LESSON" : tags.kind()) + "</span> "
                + Html.escape(String.join(", ", names))
                + (tags.difficulty() == null ? "" : " · " + tags.difficulty());
    }

    /**
     * What the LMS gradebook receives: completion first (selected), since a pathway placed by Deep Linking gets a
     * gradebook column; before this choice the form made pathways that sent nothing (seen on Moodle 4.1).
     */
    private static String gradeModeField(Messages m) {
        StringBuilder html = new StringBuilder("<div class=\"field\"><label for=\"gradeMode\">")
                .append(m.h("pathways.new.grade"))
                .append("</label><select id=\"gradeMode\" name=\"gradeMode\">");
        for (String mode : List.of("completion", "score", "mastery", "none")) {
            html.append("<option value=\"")
                    .append(mode)
                    .append("\"")
                    .append(mode.equals("completion") ? " selected" : "")
                    .append(">")
                    .append(m.h("pathways.new.grade." + mode))
                    .append("</option>");
        }
        return html.append("</select></div>").toString();
    }

    private static String field(String id, String label, String type, boolean required) {
        return "<div class=\"field\"><label for=\"" + id + "\">" + Html.escape(label) + "</label><input id=\"" + id
                + "\" name=\"" + id + "\" type=\"" + type + "\"" + (required ? " required" : "") + "></div>";
    }

    private ToolSession instructor() {
        return page.session().filter(ToolSession::isInstructor).orElse(null);
    }

    private Response denied() {
        return page.session().isEmpty()
                ? page.noSession()
                : page.instructorsOnly(page.session().get());
    }

    private static String value(MultivaluedMap<String, String> form, String key) {
        String v = form.getFirst(key);
        return v == null ? "" : v.trim();
    }

    /** The CSV with its header line, added when the instructor typed only the competencies. */
    static String csv(String text) {
        String header = "id,name,parent_id";
        return text.toLowerCase(java.util.Locale.ROOT).startsWith(header) ? text : header + "\n" + text;
    }

    private static Double number(String text, String field) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, field + ": a number is required");
        }
    }

    private static Integer minutes(String text) {
        Double d = number(text, "minutes");
        return d == null ? null : d.intValue();
    }
}
