package org.pathwise.tool.pages.instructor;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.pathways.content.CourseContent;
import org.pathwise.pathways.content.CourseContent.ItemBankTags;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.LibraryUnit;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.tool.pages.web.Csrf;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.ToolSession;

/**
 * The instructor's item banks (adaptive checks): the course's banks with the pathways using each, and a form to
 * create or edit one — title, the questions picked from the library units with each one's difficulty and
 * competencies, the stopping rule (minimum and maximum of questions, target standard error) and exposure control.
 * Saving sets the bank and its questions' tags in one change; deleting a bank a pathway lists is refused with a
 * sentence naming the pathways.
 */
@Path("instructor/item-banks")
@Produces(MediaType.TEXT_HTML)
public class ItemBankPages {

    static final String HERE = "/instructor/item-banks";

    @Inject
    LtiPage page;

    @Inject
    CourseService courses;

    @GET
    @Operation(summary = "The instructor's item banks: list, create or edit one (?bank=id)")
    public Response banks(
            @QueryParam("bank") String bankId,
            @QueryParam("saved") String saved,
            @QueryParam("deleted") String deleted) {
        ToolSession session = instructor();
        if (session == null) {
            return denied();
        }
        Messages m = page.messages();
        CourseContent content = courses.content(CourseKey.of(session));
        String top = saved != null
                ? Layout.notice("ok", m.t("banks.saved"))
                : deleted != null ? Layout.notice("ok", m.t("banks.deleted")) : "";
        Draft draft = bankId != null && content.itemBanks().containsKey(bankId)
                ? Draft.of(bankId, content.itemBanks().get(bankId), content)
                : Draft.empty();
        return render(session, m, top, draft, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Instructor form: create or replace an item bank with its questions' tags")
    public Response save(MultivaluedMap<String, String> form) {
        ToolSession session = instructor();
        if (session == null) {
            return denied();
        }
        Messages m = page.messages();
        if (form == null || !page.validForm(session, form.getFirst(Csrf.FIELD))) {
            return expired(session, m);
        }
        Draft draft = Draft.of(form);
        try {
            CourseKey course = CourseKey.of(session);
            CourseContent content = courses.content(course);
            Map<String, LibraryUnit> units = courses.units();
            Map<String, ModuleTags> tags = new LinkedHashMap<>();
            for (String unit : draft.items()) {
                ModuleTags old = content.modules().get(unit);
                String title = units.containsKey(unit) ? units.get(unit).title() : unit;
                tags.put(
                        unit,
                        new ModuleTags(
                                "ITEM",
                                draft.competencies().getOrDefault(unit, List.of()),
                                number(draft.difficulties().get(unit), "difficulty of " + title),
                                old == null ? null : old.expectedMinutes(),
                                old == null ? null : old.moveOn()));
            }
            ItemBankTags bank = new ItemBankTags(
                    draft.title(),
                    null,
                    draft.items(),
                    null,
                    whole(draft.minItems(), "minItems"),
                    whole(draft.maxItems(), "maxItems"),
                    number(draft.targetStandardError(), "targetStandardError"),
                    whole(draft.randomesque(), "randomesque"));
            courses.setItemBank(course, draft.bankId(), bank, tags);
        } catch (ApiException e) {
            return render(
                    session,
                    m,
                    Layout.notice("error", m.t("form.error", e.getMessage())),
                    draft,
                    e.kind().status());
        }
        return Response.seeOther(
                        java.net.URI.create(page.withHandle(HERE + "?saved=1&bank=" + Html.url(draft.bankId()))))
                .build();
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Instructor form: delete an item bank (refused, naming them, while pathways list it)")
    public Response delete(MultivaluedMap<String, String> form) {
        ToolSession session = instructor();
        if (session == null) {
            return denied();
        }
        Messages m = page.messages();
        if (form == null || !page.validForm(session, form.getFirst(Csrf.FIELD))) {
            return expired(session, m);
        }
        String bankId = value(form, "bankId");
        CourseKey course = CourseKey.of(session);
        try {
            courses.setItemBank(course, bankId, null);
        } catch (ApiException e) {
            String text = e.kind() == ApiException.Kind.CONFLICT
                    ? m.t("banks.delete.inUse", bankTitle(course, bankId), usedBy(course, bankId))
                    : m.t("form.error", e.getMessage());
            return render(
                    session,
                    m,
                    Layout.notice("error", text),
                    Draft.empty(),
                    e.kind().status());
        }
        return Response.seeOther(java.net.URI.create(page.withHandle(HERE + "?deleted=1")))
                .build();
    }

    private String bankTitle(CourseKey course, String bankId) {
        ItemBankTags bank = courses.content(course).itemBanks().get(bankId);
        String title = bank == null || bank.title() == null || bank.title().isBlank() ? bankId : bank.title();
        return "\u201c" + title + "\u201d";
    }

    private String usedBy(CourseKey course, String bankId) {
        List<String> titles = new ArrayList<>();
        for (PathwayRecord p : courses.pathways(course)) {
            if (p.steps().contains(bankId)) {
                titles.add("\u201c" + p.title() + "\u201d");
            }
        }
        return String.join(", ", titles);
    }

    private Response render(ToolSession session, Messages m, String top, Draft draft, int status) {
        CourseKey course = CourseKey.of(session);
        CourseContent content = courses.content(course);
        Map<String, LibraryUnit> units = courses.units();
        List<PathwayRecord> pathways = courses.pathways(course);
        String token = Layout.csrfField(page.csrfToken(session));
        String action = "";
        StringBuilder body = new StringBuilder(top);
        body.append("<p class=\"muted\">").append(m.h("banks.intro")).append("</p>");

        body.append("<h2>").append(m.h("banks.list")).append("</h2>");
        if (content.itemBanks().isEmpty()) {
            body.append("<p>").append(m.h("banks.none")).append("</p>");
        } else {
            body.append("<ul class=\"packages\" id=\"banks\">");
            content.itemBanks().forEach((id, bank) -> listed(body, m, id, bank, pathways, token, action, session));
            body.append("</ul>");
        }

        form(body, m, content, units, draft, token, action);
        return page.html(status, Layout.page(page.frame(session, HERE), m.t("banks.title"), body.toString()));
    }

    private void listed(
            StringBuilder body,
            Messages m,
            String id,
            ItemBankTags bank,
            List<PathwayRecord> pathways,
            String token,
            String action,
            ToolSession session) {
        String title = bank.title() == null || bank.title().isBlank() ? id : bank.title();
        int items = bank.items().size();
        int max = bank.max() == null ? items : bank.max();
        int min = bank.minItems() == null ? Math.min(ItemBank.DEFAULT_MIN_ITEMS, max) : bank.minItems();
        double se = bank.targetStandardError() == null
                ? ItemBank.DEFAULT_TARGET_STANDARD_ERROR
                : bank.targetStandardError();
        List<String> using = pathways.stream()
                .filter(p -> p.steps().contains(id))
                .map(p -> "\u201c" + p.title() + "\u201d")
                .toList();
        body.append("<li data-bank=\"")
                .append(Html.escape(id))
                .append("\"><h3>")
                .append(Html.escape(title))
                .append("</h3><p class=\"muted\">")
                .append(Html.escape(id))
                .append(" · ")
                .append(m.h("banks.summary", items, number(se), min, max))
                .append("</p><p class=\"used\">")
                .append(using.isEmpty() ? m.h("banks.unused") : m.h("banks.usedBy", String.join(", ", using)))
                .append("</p><p><a href=\"")
                .append(HERE)
                .append("?bank=")
                .append(Html.escape(Html.url(id)))
                .append("\" aria-label=\"")
                .append(m.h("banks.edit.label", title))
                .append("\">")
                .append(m.h("banks.edit"))
                .append("</a> <form method=\"post\" class=\"inline\" action=\"")
                .append(HERE)
                .append("/delete")
                .append(action)
                .append("\">")
                .append(token)
                .append(hidden("bankId", id))
                .append("<button type=\"submit\" class=\"small danger\" aria-label=\"")
                .append(m.h("banks.delete.label", title))
                .append("\">")
                .append(m.h("banks.delete"))
                .append("</button></form></p></li>");
    }

    private static void form(
            StringBuilder body,
            Messages m,
            CourseContent content,
            Map<String, LibraryUnit> units,
            Draft draft,
            String token,
            String action) {
        body.append("<form method=\"post\" class=\"card\" id=\"bank-form\" action=\"")
                .append(HERE)
                .append(action)
                .append("\"><h2>")
                .append(draft.editing() ? m.h("banks.editing", draft.title()) : m.h("banks.new"))
                .append("</h2>")
                .append(token);
        if (draft.editing()) {
            body.append(hidden("bankId", draft.bankId()))
                    .append(hidden("editing", "1"))
                    .append("<p>")
                    .append(m.h("banks.id.fixed", draft.bankId()))
                    .append(" <a href=\"")
                    .append(HERE)
                    .append(action)
                    .append("\">")
                    .append(m.h("banks.new.instead"))
                    .append("</a></p>");
        } else {
            body.append(input(
                    "bankId",
                    m.t("banks.id"),
                    "text",
                    draft.bankId(),
                    " required pattern=\"[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}\"",
                    m.t("banks.id.hint")));
        }
        body.append(input("title", m.t("banks.field.title"), "text", draft.title(), " required", null))
                .append("<div class=\"grid\">")
                .append(input(
                        "minItems", m.t("banks.minItems"), "number", draft.minItems(), " min=\"1\" step=\"1\"", null))
                .append(input(
                        "maxItems", m.t("banks.maxItems"), "number", draft.maxItems(), " min=\"1\" step=\"1\"", null))
                .append(input(
                        "targetStandardError",
                        m.t("banks.se"),
                        "number",
                        draft.targetStandardError(),
                        " min=\"0.01\" max=\"0.99\" step=\"0.01\"",
                        m.t("banks.se.hint")))
                .append(input(
                        "randomesque",
                        m.t("banks.randomesque"),
                        "number",
                        draft.randomesque(),
                        " min=\"1\" step=\"1\"",
                        m.t("banks.randomesque.hint")))
                .append("</div>");

        List<CourseContent.CompetencyEntry> competencies = content.framework().competencies();
        body.append("<h3>").append(m.h("banks.items")).append("</h3>");
        if (competencies.isEmpty()) {
            body.append("<p>").append(m.h("banks.needFramework")).append("</p>");
        }
        body.append("<p class=\"muted\">").append(m.h("banks.items.other")).append("</p>");
        List<LibraryUnit> eligible = units.values().stream()
                .filter(u -> {
                    ModuleTags t = content.modules().get(u.unitId());
                    return t == null || t.kind() == null || "ITEM".equalsIgnoreCase(t.kind());
                })
                .toList();
        if (eligible.isEmpty()) {
            body.append("<p>").append(m.h("banks.items.none")).append("</p>");
        } else {
            body.append("<div class=\"table-wrap\"><table id=\"bank-items\"><caption>")
                    .append(m.h("banks.items.caption"))
                    .append("</caption><thead><tr><th scope=\"col\">")
                    .append(m.h("banks.item.unit"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("banks.item.include"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("banks.item.difficulty"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("banks.item.competencies"))
                    .append("</th></tr></thead><tbody>");
            int row = 0;
            for (LibraryUnit u : eligible) {
                row++;
                String unit = u.unitId();
                ModuleTags tags = content.modules().get(unit);
                boolean in = draft.items().contains(unit);
                String difficulty = draft.difficulties().containsKey(unit)
                        ? draft.difficulties().get(unit)
                        : tags == null || tags.difficulty() == null ? "0" : number(tags.difficulty());
                List<String> chosen = draft.competencies().containsKey(unit)
                        ? draft.competencies().get(unit)
                        : tags == null ? List.of() : tags.competencies();
                body.append("<tr data-unit=\"")
                        .append(Html.escape(unit))
                        .append("\"><th scope=\"row\">")
                        .append(Html.escape(u.title()))
                        .append(" <span class=\"muted\">(")
                        .append(Html.escape(u.packageTitle()))
                        .append(
                                ")</span></th><td><div class=\"check\"><input type=\"checkbox\" name=\"item\" id=\"item-")
                        .append(row)
                        .append("\" value=\"")
                        .append(Html.escape(unit))
                        .append('"')
                        .append(in ? " checked" : "")
                        .append("><label for=\"item-")
                        .append(row)
                        .append("\">")
                        .append(m.h("banks.item.include.label", u.title()))
                        .append("</label></div></td><td><label for=\"difficulty-")
                        .append(row)
                        .append("\" class=\"visually-hidden\">")
                        .append(m.h("banks.item.difficulty.label", u.title()))
                        .append("</label><input id=\"difficulty-")
                        .append(row)
                        .append("\" name=\"difficulty:")
                        .append(Html.escape(unit))
                        .append("\" type=\"number\" step=\"0.1\" min=\"-3\" max=\"3\" value=\"")
                        .append(Html.escape(difficulty))
                        .append("\"></td><td><div class=\"checks\">");
                for (CourseContent.CompetencyEntry c : competencies) {
                    String fid = "c-" + row + "-" + Html.escape(c.id());
                    body.append("<div class=\"check\"><input type=\"checkbox\" name=\"competency:")
                            .append(Html.escape(unit))
                            .append("\" id=\"")
                            .append(fid)
                            .append("\" value=\"")
                            .append(Html.escape(c.id()))
                            .append('"')
                            .append(chosen.contains(c.id()) ? " checked" : "")
                            .append("><label for=\"")
                            .append(fid)
                            .append("\">")
                            .append(Html.escape(c.name()))
                            .append("</label></div>");
                }
                body.append("</div></td></tr>");
            }
            body.append("</tbody></table></div>");
        }
        body.append("<button type=\"submit\">").append(m.h("banks.save")).append("</button></form>");
    }

    /**
     * What the form shows: a stored bank, an empty one, or what the instructor just sent (kept on a refusal).
     *
     * @param items the chosen unit ids, in page order
     * @param difficulties per unit, as typed
     * @param competencies per unit
     */
    record Draft(
            boolean editing,
            String bankId,
            String title,
            String minItems,
            String maxItems,
            String targetStandardError,
            String randomesque,
            List<String> items,
            Map<String, String> difficulties,
            Map<String, List<String>> competencies) {

        static Draft empty() {
            return new Draft(
                    false,
                    "",
                    "",
                    Integer.toString(ItemBank.DEFAULT_MIN_ITEMS),
                    "",
                    number(ItemBank.DEFAULT_TARGET_STANDARD_ERROR),
                    "1",
                    List.of(),
                    Map.of(),
                    Map.of());
        }

        static Draft of(String id, ItemBankTags bank, CourseContent content) {
            Map<String, String> difficulties = new LinkedHashMap<>();
            Map<String, List<String>> competencies = new LinkedHashMap<>();
            for (String unit : bank.items()) {
                ModuleTags t = content.modules().get(unit);
                difficulties.put(unit, t == null || t.difficulty() == null ? "0" : number(t.difficulty()));
                competencies.put(unit, t == null ? List.of() : t.competencies());
            }
            return new Draft(
                    true,
                    id,
                    bank.title() == null ? "" : bank.title(),
                    bank.minItems() == null ? "" : bank.minItems().toString(),
                    bank.max() == null ? "" : bank.max().toString(),
                    bank.targetStandardError() == null
                            ? number(ItemBank.DEFAULT_TARGET_STANDARD_ERROR)
                            : number(bank.targetStandardError()),
                    bank.randomesque() == null ? "1" : bank.randomesque().toString(),
                    bank.items(),
                    difficulties,
                    competencies);
        }

        static Draft of(MultivaluedMap<String, String> form) {
            List<String> items = form.get("item") == null ? List.of() : List.copyOf(form.get("item"));
            Map<String, String> difficulties = new LinkedHashMap<>();
            Map<String, List<String>> competencies = new LinkedHashMap<>();
            for (String unit : items) {
                difficulties.put(unit, value(form, "difficulty:" + unit));
                List<String> c = form.get("competency:" + unit);
                competencies.put(unit, c == null ? List.of() : List.copyOf(c));
            }
            boolean editing = form.getFirst("editing") != null;
            return new Draft(
                    editing,
                    value(form, "bankId"),
                    value(form, "title"),
                    value(form, "minItems"),
                    value(form, "maxItems"),
                    value(form, "targetStandardError"),
                    value(form, "randomesque"),
                    items,
                    difficulties,
                    competencies);
        }
    }

    private static String input(String id, String label, String type, String value, String attributes, String hint) {
        return Html.field(id, label, type, value, attributes, hint);
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">";
    }

    /** A number as typed in a form (a dot, no grouping, no trailing zeros). */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static Double number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, field + ": a number is required");
        }
    }

    private static Integer whole(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, field + ": a whole number is required");
        }
    }

    private static String value(MultivaluedMap<String, String> form, String key) {
        String v = form.getFirst(key);
        return v == null ? "" : v.trim();
    }

    private Response expired(ToolSession session, Messages m) {
        return page.html(
                403,
                Layout.page(page.frame(session, HERE), m.t("csrf.title"), Layout.notice("error", m.t("csrf.body"))));
    }

    private ToolSession instructor() {
        return page.session().filter(ToolSession::isInstructor).orElse(null);
    }

    private Response denied() {
        return page.session().isEmpty()
                ? page.noSession()
                : page.instructorsOnly(page.session().get());
    }
}
