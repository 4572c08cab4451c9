package org.pathwise.tool.pages.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Escaping for the server-rendered pages: every text and attribute value goes through here. */
public final class Html {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Html() {}

    public static String escape(String text) {
        return org.pathwise.lti.web.Html.escape(text);
    }

    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A machine-readable and readable time ({@code <time datetime>}), or the given text when absent. */
    public static String time(Instant instant, String absent) {
        if (instant == null) {
            return escape(absent);
        }
        return "<time datetime=\"" + instant + "\">" + WHEN.format(instant) + "</time>";
    }

    /**
     * A labelled form field: {@code <label>}, an optional hint tied to the input by {@code aria-describedby}, and the
     * {@code <input>} with the given extra attributes (e.g. {@code " required"}, {@code " min=\"1\""}).
     */
    public static String field(String id, String label, String type, String value, String attributes, String hint) {
        StringBuilder html = new StringBuilder("<div class=\"field\"><label for=\"")
                .append(id)
                .append("\">")
                .append(escape(label))
                .append("</label>");
        if (hint != null) {
            html.append("<span class=\"hint\" id=\"")
                    .append(id)
                    .append("-hint\">")
                    .append(escape(hint))
                    .append("</span>");
        }
        html.append("<input id=\"")
                .append(id)
                .append("\" name=\"")
                .append(id)
                .append("\" type=\"")
                .append(type)
                .append("\" value=\"")
                .append(escape(value == null ? "" : value))
                .append('"')
                .append(attributes);
        if (hint != null) {
            html.append(" aria-describedby=\"").append(id).append("-hint\"");
        }
        return html.append("></div>").toString();
    }
}
