package org.pathwise.tool.pages.web;

import java.util.List;

/**
 * The page shell every page shares: skip link, header with the product, the course and the area's navigation,
 * one {@code main} landmark holding the page's {@code h1}, and a footer. Styles and scripts are files under
 * {@code /assets/} (the Content-Security-Policy allows no inline script or style).
 */
public final class Layout {

    /** A navigation entry; {@code current} marks it with {@code aria-current="page"}. */
    public record Link(String href, String label, boolean current) {}

    /**
     * What the shell shows around a page.
     *
     * @param m the strings of the viewer's locale
     * @param who the signed-in person (or "Administrator"), may be null
     * @param context the course title, may be null
     * @param nav the area's navigation
     * @param csrf the CSRF token for forms and scripts of this page, may be null on pages without actions
     * @param actions HTML shown at the end of the header (e.g. the admin's log-out form), may be empty
     */
    public record Frame(Messages m, String who, String context, List<Link> nav, String csrf, String actions) {
        public Frame {
            nav = nav == null ? List.of() : List.copyOf(nav);
            actions = actions == null ? "" : actions;
        }

        public Frame(Messages m, String who, String context, List<Link> nav, String csrf) {
            this(m, who, context, nav, csrf, "");
        }
    }

    private Layout() {}

    /** A full page; {@code body} is HTML already escaped; {@code scripts} are paths under the tool. */
    public static String page(Frame f, String title, String body, String... scripts) {
        Messages m = f.m();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Html.escape(m.lang()))
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(Html.escape(title))
                .append(" · Pathwise</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/pathwise.css\">");
        if (f.csrf() != null) {
            html.append("<meta name=\"csrf-token\" content=\"")
                    .append(Html.escape(f.csrf()))
                    .append("\">");
        }
        html.append("<script src=\"/assets/pathwise.js\" defer></script>");
        for (String script : scripts) {
            html.append("<script src=\"").append(Html.escape(script)).append("\" defer></script>");
        }
        html.append("</head><body>\n<a class=\"skip\" href=\"#main\">")
                .append(m.h("layout.skip"))
                .append("</a>\n<header class=\"top\"><div class=\"bar\"><span class=\"brand\">Pathwise</span>");
        if (f.context() != null && !f.context().isBlank()) {
            html.append("<span class=\"context\">")
                    .append(Html.escape(f.context()))
                    .append("</span>");
        }
        if (f.who() != null && !f.who().isBlank()) {
            html.append("<span class=\"who\">").append(Html.escape(f.who())).append("</span>");
        }
        html.append(f.actions()).append("</div>");
        if (!f.nav().isEmpty()) {
            html.append("<nav aria-label=\"").append(m.h("layout.nav")).append("\"><ul>");
            for (Link link : f.nav()) {
                html.append("<li><a href=\"")
                        .append(Html.escape(link.href()))
                        .append('"')
                        .append(link.current() ? " aria-current=\"page\"" : "")
                        .append('>')
                        .append(Html.escape(link.label()))
                        .append("</a></li>");
            }
            html.append("</ul></nav>");
        }
        html.append("</header>\n<main id=\"main\" tabindex=\"-1\"><h1>")
                .append(Html.escape(title))
                .append("</h1>\n")
                .append(body)
                .append("\n</main>\n<footer class=\"foot\"><p>")
                .append(m.h("layout.footer"))
                .append("</p></footer>\n</body></html>\n");
        return html.toString();
    }

    /** A hidden form field with the CSRF token. */
    public static String csrfField(String token) {
        return "<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + Html.escape(token) + "\">";
    }

    /** A status message that screen readers announce ({@code role="status"} or {@code role="alert"}). */
    public static String notice(String kind, String text) {
        String role = "error".equals(kind) ? "alert" : "status";
        return "<p class=\"notice " + kind + "\" role=\"" + role + "\">" + Html.escape(text) + "</p>";
    }
}
