package org.pathwise.tool.pages.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.pathwise.tool.pages.web.Csrf;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.pages.web.Pages;

/**
 * What the admin pages share: the login check (the {@code pw_admin} cookie), the CSRF check of every form post, the
 * admin's navigation and locale (from {@code Accept-Language}).
 */
abstract class AdminPage {

    @Inject
    AdminSessions sessions;

    @Inject
    Csrf csrf;

    @Inject
    Pages pages;

    @Context
    HttpHeaders headers;

    /** The admin's session handle, when logged in. */
    Optional<String> admin() {
        Cookie cookie = headers.getCookies().get(AdminSessions.COOKIE);
        String handle = cookie == null ? null : cookie.getValue();
        return sessions.valid(handle) ? Optional.of(handle) : Optional.empty();
    }

    Messages messages() {
        return Messages.choose(null, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    Response toLogin() {
        return pages.seeOther("/admin/login");
    }

    /** Whether a posted form carries the CSRF token of this admin session. */
    boolean validForm(String handle, MultivaluedMap<String, String> form) {
        return form != null && csrf.valid("admin", handle, form.getFirst(Csrf.FIELD));
    }

    /** What a form post does once its guard passed: the admin's session handle and their strings. */
    interface FormAction {
        Response run(String handle, Messages m);
    }

    /**
     * The guard of every admin form post: to the login page without an admin session, 403 when the form lacks the
     * session's CSRF token; otherwise the action's answer.
     */
    Response onForm(MultivaluedMap<String, String> form, FormAction action) {
        Optional<String> admin = admin();
        if (admin.isEmpty()) {
            return toLogin();
        }
        Messages m = messages();
        if (!validForm(admin.get(), form)) {
            return forbidden(m);
        }
        return action.run(admin.get(), m);
    }

    Response forbidden(Messages m) {
        return pages.html(
                403,
                Layout.page(frame(m, null, ""), m.t("csrf.title"), Layout.notice("error", m.t("csrf.body"))),
                Pages.Framing.NONE);
    }

    /** The shell of an admin page; {@code current} is the nav entry's path. */
    Layout.Frame frame(Messages m, String handle, String current) {
        if (handle == null) {
            return new Layout.Frame(m, null, null, List.of(), null);
        }
        String token = csrf.token("admin", handle);
        List<Layout.Link> nav = List.of(
                link("/admin/platforms", m.t("admin.nav.platforms"), current),
                link("/admin/lrs", m.t("admin.nav.lrs"), current),
                link("/admin/statements", m.t("admin.nav.statements"), current),
                link("/admin/health", m.t("admin.nav.health"), current));
        String logout = "<form class=\"inline\" method=\"post\" action=\"/admin/logout\">" + Layout.csrfField(token)
                + "<button type=\"submit\" class=\"link\">" + m.h("admin.logout") + "</button></form>";
        return new Layout.Frame(m, m.t("admin.who"), m.t("admin.area"), nav, token, logout);
    }

    Response page(Messages m, String handle, String current, String title, String body, String... scripts) {
        return pages.ok(Layout.page(frame(m, handle, current), title, body, scripts), Pages.Framing.NONE);
    }

    static Layout.Link link(String href, String label, String current) {
        return new Layout.Link(href, label, href.equals(current));
    }

    static String field(String id, String label, String value, String type, boolean required, String hint) {
        return Html.field(id, label, type, value, required ? " required" : "", hint);
    }
}
