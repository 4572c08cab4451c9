package org.pathwise.tool.pages.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.pages.web.Pages;

/** The statement browser: a store's statements, newest first, filtered by agent, verb, activity and time, paged. */
@Path("admin/statements")
@Produces(MediaType.TEXT_HTML)
public class StatementPages extends AdminPage {

    static final String HERE = "/admin/statements";

    @Inject
    LrsAdminClient lrs;

    @Inject
    BrowseCredentials credentials;

    @GET
    @Operation(summary = "Admin page: statement browser with filters and paging")
    public Response browse(
            @QueryParam("store") Long store,
            @QueryParam("agent") String agent,
            @QueryParam("verb") String verb,
            @QueryParam("activity") String activity,
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("more") String more) {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        Messages m = messages();
        LrsAdminClient.Answer stores = lrs.stores();
        if (!stores.ok()) {
            return page(m, admin.get(), 502, Layout.notice("error", m.t("lrs.unreachable", stores.detail())));
        }
        if (stores.body().isEmpty()) {
            return page(m, admin.get(), 200, "<p>" + m.h("statements.noStores") + "</p>");
        }
        long storeId = store != null ? store : stores.body().get(0).path("id").asLong();
        StringBuilder body = new StringBuilder(filters(m, stores.body(), storeId, agent, verb, activity, since, until));
        String path;
        try {
            path = more != null && !more.isBlank()
                    ? StatementQuery.more(more, lrs.base())
                    : StatementQuery.build(agent, verb, activity, since, until);
        } catch (StatementQuery.Invalid e) {
            body.append(Layout.notice("error", m.t("form.error", e.getMessage())));
            return page(m, admin.get(), 400, body.toString());
        }
        LrsAdminClient.Answer answer = query(storeId, path);
        if (!answer.ok()) {
            body.append(Layout.notice("error", m.t("form.error", answer.detail())));
            return page(m, admin.get(), LrsPages.status(answer), body.toString());
        }
        body.append(results(m, answer.body(), storeId, agent, verb, activity, since, until));
        return page(m, admin.get(), 200, body.toString());
    }

    private LrsAdminClient.Answer query(long storeId, String path) {
        for (int attempt = 0; attempt < 2; attempt++) {
            BrowseCredentials.Result credential = credentials.of(storeId);
            if (credential.pair().isEmpty()) {
                return new LrsAdminClient.Answer(502, null, credential.error());
            }
            BrowseCredentials.Pair pair = credential.pair().get();
            LrsAdminClient.Answer answer = lrs.statements(path, pair.key(), pair.secret());
            if (answer.status() != 401) {
                return answer;
            }
            credentials.forget(storeId);
        }
        return new LrsAdminClient.Answer(502, null, "the LRS refused the browser's credential");
    }

    private Response page(Messages m, String admin, int status, String body) {
        return pages.html(
                status, Layout.page(frame(m, admin, HERE), m.t("statements.title"), body), Pages.Framing.NONE);
    }

    private static String filters(
            Messages m,
            JsonNode stores,
            long storeId,
            String agent,
            String verb,
            String activity,
            String since,
            String until) {
        StringBuilder html =
                new StringBuilder("<form method=\"get\" action=\"/admin/statements\" class=\"card filters\""
                        + " role=\"search\" aria-label=\"" + m.h("statements.filters") + "\"><div class=\"grid\">");
        html.append("<div class=\"field\"><label for=\"store\">")
                .append(m.h("statements.store"))
                .append("</label><select id=\"store\" name=\"store\">");
        for (JsonNode s : stores) {
            long id = s.path("id").asLong();
            html.append("<option value=\"")
                    .append(id)
                    .append('"')
                    .append(id == storeId ? " selected" : "")
                    .append('>')
                    .append(Html.escape(s.path("name").asText()))
                    .append(" (")
                    .append(id)
                    .append(")</option>");
        }
        html.append("</select></div>")
                .append(field("agent", m.t("statements.agent"), v(agent), "text", false, m.t("statements.agent.hint")))
                .append(field("verb", m.t("statements.verb"), v(verb), "text", false, m.t("statements.verb.hint")))
                .append(field("activity", m.t("statements.activity"), v(activity), "text", false, null))
                .append(field("since", m.t("statements.since"), v(since), "text", false, m.t("statements.time.hint")))
                .append(field("until", m.t("statements.until"), v(until), "text", false, m.t("statements.time.hint")))
                .append("</div><button type=\"submit\">")
                .append(m.h("statements.search"))
                .append("</button></form>");
        return html.toString();
    }

    private static String results(
            Messages m,
            JsonNode result,
            long storeId,
            String agent,
            String verb,
            String activity,
            String since,
            String until) {
        JsonNode statements = result.path("statements");
        if (statements.isEmpty()) {
            return "<p role=\"status\">" + m.h("statements.none") + "</p>";
        }
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"statements\"><caption>")
                .append(m.h("statements.caption", statements.size()))
                .append("</caption><thead><tr>")
                .append("<th scope=\"col\">")
                .append(m.h("statements.when"))
                .append("</th>")
                .append("<th scope=\"col\">")
                .append(m.h("statements.actor"))
                .append("</th>")
                .append("<th scope=\"col\">")
                .append(m.h("statements.verb"))
                .append("</th>")
                .append("<th scope=\"col\">")
                .append(m.h("statements.object"))
                .append("</th>")
                .append("<th scope=\"col\">")
                .append(m.h("statements.result"))
                .append("</th>")
                .append("</tr></thead><tbody>");
        for (JsonNode s : statements) {
            html.append("<tr><td>")
                    .append(Html.time(LrsPages.instant(s.path("timestamp")), ""))
                    .append("</td><td>")
                    .append(Html.escape(StatementText.actor(s.path("actor"))))
                    .append("</td><td>")
                    .append(Html.escape(StatementText.verb(s.path("verb"))))
                    .append("</td><td>")
                    .append(Html.escape(StatementText.object(s.path("object"))))
                    .append("</td><td>")
                    .append(Html.escape(StatementText.result(s.path("result"))))
                    .append("<details><summary>")
                    .append(m.h("statements.json"))
                    .append("</summary><pre>")
                    .append(Html.escape(s.toPrettyString()))
                    .append("</pre></details></td></tr>");
        }
        html.append("</tbody></table></div>");
        String more = result.path("more").asText("");
        if (!more.isBlank()) {
            html.append("<p><a class=\"button\" rel=\"next\" href=\"/admin/statements?store=")
                    .append(storeId)
                    .append(keep("agent", agent))
                    .append(keep("verb", verb))
                    .append(keep("activity", activity))
                    .append(keep("since", since))
                    .append(keep("until", until))
                    .append("&amp;more=")
                    .append(Html.escape(Html.url(more)))
                    .append("\">")
                    .append(m.h("statements.next"))
                    .append("</a></p>");
        }
        return html.toString();
    }

    private static String keep(String name, String value) {
        return value == null || value.isBlank() ? "" : "&amp;" + name + "=" + Html.escape(Html.url(value));
    }

    private static String v(String s) {
        return s == null ? "" : s;
    }
}
