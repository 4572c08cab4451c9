package org.pathwise.tool.pages.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformSpec;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.lti.web.LtiConfig;
import org.pathwise.tool.pages.web.FrameOrigins;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.platform.ApiException;

/** Platform registrations: the list with last launch and last error, the add and edit forms. */
@Path("admin/platforms")
@Produces(MediaType.TEXT_HTML)
public class PlatformPages extends AdminPage {

    static final String HERE = "/admin/platforms";

    @Inject
    PlatformStore store;

    @Inject
    FrameOrigins origins;

    @Inject
    LtiConfig lti;

    @GET
    @Operation(summary = "Admin page: platform registrations")
    public Response list() {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        Messages m = messages();
        List<Platform> platforms = store.list();
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(m.h("platforms.intro"))
                .append("</p>")
                .append("<dl class=\"facts\"><dt>")
                .append(m.h("platforms.toolUrls.login"))
                .append("</dt><dd><code>")
                .append(Html.escape(lti.url("/lti/login")))
                .append("</code></dd><dt>")
                .append(m.h("platforms.toolUrls.launch"))
                .append("</dt><dd><code>")
                .append(Html.escape(lti.launchUrl()))
                .append("</code></dd><dt>")
                .append(m.h("platforms.toolUrls.jwks"))
                .append("</dt><dd><code>")
                .append(Html.escape(lti.url("/.well-known/jwks.json")))
                .append("</code></dd></dl>")
                .append("<p><a class=\"button\" href=\"/admin/platforms/new\">")
                .append(m.h("platforms.add"))
                .append("</a></p>");
        if (platforms.isEmpty()) {
            body.append("<p>").append(m.h("platforms.none")).append("</p>");
        } else {
            body.append("<div class=\"table-wrap\"><table><caption>")
                    .append(m.h("platforms.caption"))
                    .append("</caption><thead><tr><th scope=\"col\">")
                    .append(m.h("platforms.name"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("platforms.issuer"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("platforms.clientId"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("platforms.deployments"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("platforms.lastLaunch"))
                    .append("</th><th scope=\"col\">")
                    .append(m.h("platforms.lastError"))
                    .append("</th></tr></thead><tbody>");
            for (Platform p : platforms) {
                body.append("<tr><th scope=\"row\"><a href=\"/admin/platforms/")
                        .append(p.id())
                        .append("\">")
                        .append(Html.escape(p.name()))
                        .append("</a></th><td>")
                        .append(Html.escape(p.issuer()))
                        .append("</td><td><code>")
                        .append(Html.escape(p.clientId()))
                        .append("</code></td><td>")
                        .append(p.deploymentIds().size())
                        .append("</td><td>")
                        .append(Html.time(p.lastLaunchAt().orElse(null), m.t("platforms.never")))
                        .append("</td><td>")
                        .append(lastError(m, p))
                        .append("</td></tr>");
            }
            body.append("</tbody></table></div>");
        }
        return page(m, admin.get(), HERE, m.t("platforms.title"), body.toString());
    }

    @GET
    @Path("new")
    @Operation(summary = "Admin page: add a platform registration")
    public Response addForm() {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        Messages m = messages();
        return form(m, admin.get(), null, new MultivaluedHashMap<>(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin form: add a platform registration")
    public Response add(MultivaluedMap<String, String> form) {
        return onForm(form, (handle, m) -> {
            try {
                Platform created = store.create(spec(form));
                origins.refresh();
                return pages.seeOther("/admin/platforms/" + created.id() + "?saved=1");
            } catch (ApiException e) {
                return form(m, handle, null, form, e.getMessage(), e.kind().status());
            }
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Admin page: one platform registration, its last launch and last error, the edit form")
    public Response edit(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("saved") String saved) {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        Messages m = messages();
        Optional<Platform> platform = store.byId(id);
        if (platform.isEmpty()) {
            return notFound(m, admin.get(), id);
        }
        return form(m, admin.get(), platform.get(), values(platform.get()), saved == null ? null : "", 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin form: change a platform registration")
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return onForm(form, (handle, m) -> {
            Optional<Platform> platform = store.byId(id);
            if (platform.isEmpty()) {
                return notFound(m, handle, id);
            }
            try {
                store.update(id, spec(form));
                origins.refresh();
                return pages.seeOther("/admin/platforms/" + id + "?saved=1");
            } catch (ApiException e) {
                return form(
                        m,
                        handle,
                        platform.get(),
                        form,
                        e.getMessage(),
                        e.kind().status());
            }
        });
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin form: remove a platform registration")
    public Response delete(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return onForm(form, (handle, m) -> {
            if (store.byId(id).isPresent()) {
                store.delete(id);
                origins.refresh();
            }
            return pages.seeOther(HERE);
        });
    }

    private Response notFound(Messages m, String admin, long id) {
        return pages.html(
                404,
                org.pathwise.tool.pages.web.Layout.page(
                        frame(m, admin, HERE),
                        m.t("platforms.notFound.title"),
                        Layout.notice("error", m.t("platforms.notFound", id))),
                org.pathwise.tool.pages.web.Pages.Framing.NONE);
    }

    /**
     * The add or edit form. {@code error} is the store's message, which names the field (e.g. "authUrl must be an
     * absolute http(s) URL"); the empty string means "saved".
     */
    private Response form(
            Messages m, String admin, Platform platform, MultivaluedMap<String, String> v, String error, int status) {
        String title = platform == null ? m.t("platforms.add") : platform.name();
        String action = platform == null ? HERE : HERE + "/" + platform.id();
        StringBuilder body = new StringBuilder();
        if (error != null && error.isEmpty()) {
            body.append(Layout.notice("ok", m.t("platforms.saved")));
        } else if (error != null) {
            body.append(Layout.notice("error", m.t("form.error", error)));
        }
        if (platform != null) {
            body.append("<dl class=\"facts\"><dt>")
                    .append(m.h("platforms.lastLaunch"))
                    .append("</dt><dd>")
                    .append(Html.time(platform.lastLaunchAt().orElse(null), m.t("platforms.never")))
                    .append("</dd><dt>")
                    .append(m.h("platforms.lastError"))
                    .append("</dt><dd>")
                    .append(lastError(m, platform))
                    .append("</dd><dt>")
                    .append(m.h("platforms.deployments"))
                    .append("</dt><dd>")
                    .append(
                            platform.deploymentIds().isEmpty()
                                    ? m.h("platforms.noDeployments")
                                    : Html.escape(String.join(", ", platform.deploymentIds())))
                    .append("</dd><dt>")
                    .append(m.h("platforms.created"))
                    .append("</dt><dd>")
                    .append(Html.time(platform.createdAt(), ""))
                    .append("</dd></dl>");
        }
        body.append("<form method=\"post\" action=\"")
                .append(action)
                .append("\" class=\"card\">")
                .append(Layout.csrfField(csrf.token("admin", admin)))
                .append(field(
                        "name", m.t("platforms.name"), first(v, "name"), "text", false, m.t("platforms.name.hint")))
                .append(field("issuer", m.t("platforms.issuer"), first(v, "issuer"), "url", true, null))
                .append(field("clientId", m.t("platforms.clientId"), first(v, "clientId"), "text", true, null))
                .append(field("authUrl", m.t("platforms.authUrl"), first(v, "authUrl"), "url", true, null))
                .append(field("tokenUrl", m.t("platforms.tokenUrl"), first(v, "tokenUrl"), "url", true, null))
                .append(field("jwksUrl", m.t("platforms.jwksUrl"), first(v, "jwksUrl"), "url", true, null))
                .append(field(
                        "tokenAudience",
                        m.t("platforms.tokenAudience"),
                        first(v, "tokenAudience"),
                        "text",
                        false,
                        m.t("platforms.tokenAudience.hint")))
                .append(field(
                        "deploymentIds",
                        m.t("platforms.addDeployments"),
                        platform == null ? first(v, "deploymentIds") : "",
                        "text",
                        false,
                        m.t("platforms.addDeployments.hint")))
                .append("<div class=\"field check\"><input id=\"acceptNewDeployments\" name=\"acceptNewDeployments\""
                        + " type=\"checkbox\" value=\"true\"")
                .append("true".equals(first(v, "acceptNewDeployments")) ? " checked" : "")
                .append("><label for=\"acceptNewDeployments\">")
                .append(m.h("platforms.acceptNew"))
                .append("</label></div><button type=\"submit\">")
                .append(m.h(platform == null ? "platforms.create" : "platforms.save"))
                .append("</button></form>");
        if (platform != null) {
            body.append("<form method=\"post\" action=\"")
                    .append(action)
                    .append("/delete\" class=\"danger-zone\">")
                    .append(Layout.csrfField(csrf.token("admin", admin)))
                    .append("<button type=\"submit\" class=\"danger\">")
                    .append(m.h("platforms.delete"))
                    .append("</button></form>");
        }
        return pages.html(
                status,
                Layout.page(frame(m, admin, HERE), title, body.toString()),
                org.pathwise.tool.pages.web.Pages.Framing.NONE);
    }

    private static String lastError(Messages m, Platform p) {
        if (p.lastError().isEmpty()) {
            return m.h("platforms.noError");
        }
        return "<span class=\"bad\">" + Html.escape(p.lastError().get()) + "</span> <small>("
                + Html.time(p.lastErrorAt().orElse(null), "") + ")</small>";
    }

    private static PlatformSpec spec(MultivaluedMap<String, String> form) {
        String issuer = trim(form.getFirst("issuer"));
        String name = trim(form.getFirst("name"));
        List<String> deployments = Arrays.stream(
                        trim(form.getFirst("deploymentIds")).split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        return new PlatformSpec(
                issuer,
                trim(form.getFirst("clientId")),
                name.isEmpty() ? issuer : name,
                trim(form.getFirst("authUrl")),
                trim(form.getFirst("tokenUrl")),
                trim(form.getFirst("jwksUrl")),
                Optional.of(trim(form.getFirst("tokenAudience"))),
                "true".equals(form.getFirst("acceptNewDeployments")),
                deployments);
    }

    private static MultivaluedMap<String, String> values(Platform p) {
        MultivaluedMap<String, String> v = new MultivaluedHashMap<>();
        v.putSingle("name", p.name());
        v.putSingle("issuer", p.issuer());
        v.putSingle("clientId", p.clientId());
        v.putSingle("authUrl", p.authUrl());
        v.putSingle("tokenUrl", p.tokenUrl());
        v.putSingle("jwksUrl", p.jwksUrl());
        v.putSingle("tokenAudience", p.tokenAudience().orElse(""));
        v.putSingle("acceptNewDeployments", String.valueOf(p.acceptNewDeployments()));
        return v;
    }

    private static String first(MultivaluedMap<String, String> v, String key) {
        String value = v.getFirst(key);
        return value == null ? "" : value;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
