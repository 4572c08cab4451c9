package org.pathwise.tool.pages.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.pages.web.Pages;

/**
 * LRS stores (tenants), their credentials (issue with scopes, revoke; the secret is shown once, in the answer to the
 * form) and their webhook's delivery state — all through the LRS admin API over HTTP.
 */
@Path("admin/lrs")
@Produces(MediaType.TEXT_HTML)
public class LrsPages extends AdminPage {

    static final String HERE = "/admin/lrs";
    static final List<String> SCOPES = List.of(
            "statements/write",
            "statements/read",
            "statements/read/mine",
            "state",
            "define",
            "profile",
            "all/read",
            "all");

    @Inject
    LrsAdminClient lrs;

    @GET
    @Operation(summary = "Admin page: LRS stores")
    public Response stores() {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        return storesPage(messages(), admin.get(), null, 200);
    }

    @POST
    @Path("stores")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin form: create an LRS store")
    public Response createStore(MultivaluedMap<String, String> form) {
        return onForm(form, (handle, m) -> {
            LrsAdminClient.Answer created = lrs.createStore(form.getFirst("name"));
            if (!created.ok()) {
                return storesPage(m, handle, m.t("form.error", created.detail()), status(created));
            }
            return pages.seeOther(HERE + "/stores/" + created.body().path("id").asLong());
        });
    }

    @GET
    @Path("stores/{id}")
    @Operation(summary = "Admin page: one LRS store, its credentials and webhook")
    public Response store(@PathParam("id") long id) {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        return storePage(messages(), admin.get(), id, "", 200);
    }

    @POST
    @Path("stores/{id}/credentials")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin form: issue a credential; its secret is shown in this answer only")
    public Response issue(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return onForm(form, (handle, m) -> {
            List<String> scopes = form.get("scope") == null ? List.of() : form.get("scope");
            LrsAdminClient.Answer issued = lrs.issue(id, scopes, form.getFirst("label"));
            if (!issued.ok()) {
                return storePage(
                        m, handle, id, Layout.notice("error", m.t("form.error", issued.detail())), status(issued));
            }
            String key = issued.body().path("credential").path("key").asText();
            String secret = issued.body().path("secret").asText();
            String shown = "<section class=\"card secret\" aria-labelledby=\"secret-title\"><h2 id=\"secret-title\">"
                    + m.h("lrs.issued.title") + "</h2>" + Layout.notice("ok", m.t("lrs.issued.once"))
                    + "<dl class=\"facts\"><dt>" + m.h("lrs.key") + "</dt><dd><code id=\"issued-key\">"
                    + Html.escape(key)
                    + "</code></dd><dt>" + m.h("lrs.secret") + "</dt><dd><code id=\"issued-secret\">"
                    + Html.escape(secret) + "</code></dd><dt>" + m.h("lrs.endpoint") + "</dt><dd><code>"
                    + Html.escape(lrs.base() + "/") + "</code></dd></dl></section>";
            return storePage(m, handle, id, shown, 201);
        });
    }

    @POST
    @Path("stores/{id}/credentials/{key}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin form: revoke a credential")
    public Response revoke(
            @PathParam("id") long id, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        return onForm(form, (handle, m) -> {
            LrsAdminClient.Answer revoked = lrs.revoke(key);
            String notice = revoked.ok()
                    ? Layout.notice("ok", m.t("lrs.revoked", key))
                    : Layout.notice("error", m.t("form.error", revoked.detail()));
            return storePage(m, handle, id, notice, revoked.ok() ? 200 : status(revoked));
        });
    }

    private Response storesPage(Messages m, String admin, String error, int status) {
        LrsAdminClient.Answer stores = lrs.stores();
        StringBuilder body = new StringBuilder();
        if (error != null) {
            body.append(Layout.notice("error", error));
        }
        body.append("<p>").append(m.h("lrs.intro", lrs.base() + "/")).append("</p>");
        if (!stores.ok()) {
            body.append(Layout.notice("error", m.t("lrs.unreachable", stores.detail())));
        } else {
            body.append("<div class=\"table-wrap\"><table><caption>")
                    .append(m.h("lrs.stores.caption"))
                    .append("</caption><thead><tr><th scope=\"col\">")
                    .append(m.h("lrs.store.id"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("lrs.store.name"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("lrs.store.created"))
                    .append("</th></tr></thead><tbody>");
            for (JsonNode s : stores.body()) {
                body.append("<tr><td>")
                        .append(s.path("id").asLong())
                        .append("</td><th scope=\"row\">")
                        .append("<a href=\"/admin/lrs/stores/")
                        .append(s.path("id").asLong())
                        .append("\">")
                        .append(Html.escape(s.path("name").asText()))
                        .append("</a></th><td>")
                        .append(Html.time(instant(s.path("created")), ""))
                        .append("</td></tr>");
            }
            body.append("</tbody></table></div>");
        }
        body.append("<form method=\"post\" action=\"/admin/lrs/stores\" class=\"card narrow\"><h2>")
                .append(m.h("lrs.store.new"))
                .append("</h2>")
                .append(Layout.csrfField(csrf.token("admin", admin)))
                .append(field("name", m.t("lrs.store.name"), "", "text", true, null))
                .append("<button type=\"submit\">")
                .append(m.h("lrs.store.create"))
                .append("</button></form>");
        return pages.html(
                status, Layout.page(frame(m, admin, HERE), m.t("lrs.title"), body.toString()), Pages.Framing.NONE);
    }

    private Response storePage(Messages m, String admin, long id, String top, int status) {
        LrsAdminClient.Answer store = lrs.store(id);
        if (!store.ok()) {
            return pages.html(
                    store.status() == 404 ? 404 : 502,
                    Layout.page(
                            frame(m, admin, HERE),
                            m.t("lrs.title"),
                            Layout.notice("error", m.t("form.error", store.detail()))),
                    Pages.Framing.NONE);
        }
        String token = csrf.token("admin", admin);
        StringBuilder body = new StringBuilder(top);
        body.append("<p><a href=\"/admin/statements?store=")
                .append(id)
                .append("\">")
                .append(m.h("lrs.browse"))
                .append("</a></p>");
        body.append("<h2>").append(m.h("lrs.credentials")).append("</h2>");
        LrsAdminClient.Answer credentials = lrs.credentials(id);
        if (!credentials.ok()) {
            body.append(Layout.notice("error", m.t("form.error", credentials.detail())));
        } else {
            body.append("<div class=\"table-wrap\"><table><caption>")
                    .append(m.h("lrs.credentials.caption"))
                    .append("</caption><thead><tr><th scope=\"col\">")
                    .append(m.h("lrs.key"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("lrs.label"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("lrs.scopes"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("lrs.state"))
                    .append("</th><th scope=\"col\"><span class=\"visually-hidden\">")
                    .append(m.h("lrs.actions"))
                    .append("</span></th></tr></thead><tbody>");
            for (JsonNode c : credentials.body()) {
                String key = c.path("key").asText();
                boolean revoked = c.hasNonNull("revoked");
                List<String> scopes = new java.util.ArrayList<>();
                c.path("scopes").forEach(s -> scopes.add(s.asText()));
                body.append("<tr><td><code>")
                        .append(Html.escape(key))
                        .append("</code></td><td>")
                        .append(Html.escape(c.path("label").asText("")))
                        .append("</td><td>")
                        .append(Html.escape(
                                String.join(", ", scopes.stream().sorted().toList())))
                        .append("</td><td>")
                        .append(
                                revoked
                                        ? "<span class=\"bad\">" + m.h("lrs.revokedAt") + " "
                                                + Html.time(instant(c.path("revoked")), "") + "</span>"
                                        : "<span class=\"good\">" + m.h("lrs.active") + "</span>")
                        .append("</td><td>");
                if (!revoked) {
                    body.append("<form class=\"inline\" method=\"post\" action=\"/admin/lrs/stores/")
                            .append(id)
                            .append("/credentials/")
                            .append(Html.escape(Html.url(key)))
                            .append("/revoke\">")
                            .append(Layout.csrfField(token))
                            .append("<button type=\"submit\" class=\"danger small\"")
                            .append(" aria-label=\"")
                            .append(m.h("lrs.revoke.label", key))
                            .append("\">")
                            .append(m.h("lrs.revoke"))
                            .append("</button></form>");
                }
                body.append("</td></tr>");
            }
            body.append("</tbody></table></div>");
        }
        body.append("<form method=\"post\" action=\"/admin/lrs/stores/")
                .append(id)
                .append("/credentials\" class=\"card\"><h2>")
                .append(m.h("lrs.issue"))
                .append("</h2>")
                .append(Layout.csrfField(token))
                .append(field("label", m.t("lrs.label"), "", "text", false, m.t("lrs.label.hint")))
                .append("<fieldset><legend>")
                .append(m.h("lrs.scopes"))
                .append("</legend><div class=\"checks\">");
        for (String scope : SCOPES) {
            String fid = "scope-" + scope.replace('/', '-');
            body.append("<div class=\"check\"><input type=\"checkbox\" name=\"scope\" id=\"")
                    .append(fid)
                    .append("\" value=\"")
                    .append(scope)
                    .append('"')
                    .append(scope.equals("statements/write") ? " checked" : "")
                    .append("><label for=\"")
                    .append(fid)
                    .append("\"><code>")
                    .append(scope)
                    .append("</code></label></div>");
        }
        body.append("</div></fieldset><button type=\"submit\">")
                .append(m.h("lrs.issue.submit"))
                .append("</button></form>");
        body.append(webhook(m, id));
        String title = m.t("lrs.store.title", store.body().path("name").asText(), id);
        return pages.html(status, Layout.page(frame(m, admin, HERE), title, body.toString()), Pages.Framing.NONE);
    }

    private String webhook(Messages m, long id) {
        StringBuilder html =
                new StringBuilder("<h2>").append(m.h("lrs.webhook")).append("</h2>");
        LrsAdminClient.Answer hook = lrs.webhook(id);
        if (hook.status() == 404) {
            return html.append("<p>")
                    .append(m.h("lrs.webhook.none"))
                    .append("</p>")
                    .toString();
        }
        if (!hook.ok()) {
            return html.append(Layout.notice("error", m.t("form.error", hook.detail())))
                    .toString();
        }
        JsonNode w = hook.body();
        boolean failing = w.path("failedAttempts").asInt() > 0;
        return html.append("<dl class=\"facts\"><dt>URL</dt><dd><code>")
                .append(Html.escape(w.path("url").asText()))
                .append("</code></dd><dt>")
                .append(m.h("lrs.webhook.enabled"))
                .append("</dt><dd>")
                .append(m.h(w.path("enabled").asBoolean() ? "yes" : "no"))
                .append("</dd><dt>")
                .append(m.h("lrs.webhook.delivered"))
                .append("</dt><dd>")
                .append(w.path("deliveredSeq").asLong())
                .append("</dd><dt>")
                .append(m.h("lrs.webhook.lastSuccess"))
                .append("</dt><dd>")
                .append(Html.time(instant(w.path("lastSuccessAt")), m.t("platforms.never")))
                .append("</dd><dt>")
                .append(m.h("lrs.webhook.failing"))
                .append("</dt><dd")
                .append(failing ? " class=\"bad\">" : ">")
                .append(w.path("failedAttempts").asInt())
                .append("</dd><dt>")
                .append(m.h("lrs.webhook.lastError"))
                .append("</dt><dd>")
                .append(
                        w.path("lastError").isTextual()
                                ? Html.escape(w.path("lastError").asText()) + " ("
                                        + Html.time(instant(w.path("lastErrorAt")), "") + ")"
                                : m.h("platforms.noError"))
                .append("</dd></dl>")
                .toString();
    }

    static Instant instant(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static int status(LrsAdminClient.Answer answer) {
        return answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502;
    }
}
