package org.pathwise.lti.core;

import java.util.Map;
import java.util.Optional;

/**
 * An HTML page that POSTs hidden fields to a URL as soon as it loads (with a button when scripts are off). Used to
 * return a Deep Linking response ({@code JWT} field) and for form-post redirects. Every value is HTML-escaped;
 * {@code scriptNonce} is the CSP nonce of the inline script, if the page is served with one.
 */
public final class AutoPostForm {
    private AutoPostForm() {}

    public static String html(String action, Map<String, String> fields, Optional<String> scriptNonce) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">\n"));
        String nonce = scriptNonce.map(n -> " nonce=\"" + escape(n) + "\"").orElse("");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Returning…</title></head><body>\n"
                + "<form id=\"autopost\" method=\"post\" action=\"" + escape(action) + "\">\n"
                + inputs
                + "<noscript><button type=\"submit\">Continue</button></noscript>\n</form>\n"
                + "<script" + nonce + ">document.getElementById('autopost').submit();</script>\n</body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
