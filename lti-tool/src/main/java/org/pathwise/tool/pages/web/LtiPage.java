package org.pathwise.tool.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * What the learner and instructor pages share: the launch's session, its locale (the LTI {@code locale} claim, else
 * {@code Accept-Language}), its CSRF token, the role's navigation (plain links: without the cookie the page's
 * script opens them with a one-time launch handle, see {@code tool.session.SessionPageFilter}) and the answers for a missing session or a wrong role.
 */
@RequestScoped
public class LtiPage {

    @Inject
    CurrentSession current;

    @Inject
    Csrf csrf;

    @Inject
    Pages pages;

    @Inject
    HttpServletRequest request;

    public Optional<ToolSession> session() {
        return current.get();
    }

    public Messages messages() {
        String accept = request == null ? null : request.getHeader("Accept-Language");
        return Messages.choose(current.get().map(ToolSession::locale).orElse(null), accept);
    }

    /** A tool path to redirect to: with a fresh one-time launch handle when the request came without the cookie. */
    public String withHandle(String path) {
        return current.withHandle(path);
    }

    public String csrfToken(ToolSession session) {
        return csrf.token("lti", session.id());
    }

    public boolean validForm(ToolSession session, String token) {
        return csrf.valid("lti", session.id(), token);
    }

    /** The shell for a session's page; {@code current} is the path of the nav entry shown as current. */
    public Layout.Frame frame(ToolSession session, String currentPath) {
        Messages m = messages();
        List<Layout.Link> nav = new ArrayList<>();
        nav.add(link("/learn", m.t("nav.learn"), "/learn", currentPath));
        if (session.isInstructor()) {
            nav.add(link("/instructor", m.t("nav.library"), "/instructor", currentPath));
            nav.add(link("/instructor/pathways", m.t("nav.pathways"), "/instructor/pathways", currentPath));
            nav.add(link("/instructor/item-banks", m.t("nav.itemBanks"), "/instructor/item-banks", currentPath));
            nav.add(link("/instructor/dashboard", m.t("nav.dashboard"), "/instructor/dashboard", currentPath));
        }
        return new Layout.Frame(m, session.name(), session.contextTitle(), nav, csrfToken(session));
    }

    private static Layout.Link link(String href, String label, String path, String currentPath) {
        return new Layout.Link(href, label, path.equals(currentPath));
    }

    public Response ok(String html) {
        return pages.ok(html, Pages.Framing.LMS);
    }

    public Response html(int status, String html) {
        return pages.html(status, html, Pages.Framing.LMS);
    }

    /** 401: no (or an expired) session — launch again from the course. */
    public Response noSession() {
        if (request != null) {
            // its script may open the page again with the session the tab still holds (tool.session.SessionPageFilter)
            request.setAttribute(org.pathwise.tool.session.SessionPageFilter.NO_SESSION_PAGE, Boolean.TRUE);
        }
        Messages m = messages();
        return html(
                401,
                Layout.page(
                        new Layout.Frame(m, null, null, List.of(), null),
                        m.t("session.none.title"),
                        "<p>" + m.h("session.none.body") + "</p>"));
    }

    /** 403: the page is for instructors. */
    public Response instructorsOnly(ToolSession session) {
        Messages m = messages();
        return html(
                403,
                Layout.page(
                        frame(session, ""),
                        m.t("session.instructorsOnly.title"),
                        "<p>" + m.h("session.instructorsOnly.body") + "</p>"));
    }
}
