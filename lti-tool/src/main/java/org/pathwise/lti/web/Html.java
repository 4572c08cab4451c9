package org.pathwise.lti.web;

/** Minimal HTML pages for the LTI flow: every text escaped, one small stylesheet, readable inside an LMS iframe. */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
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

    /** A page with an escaped title and a body that is already HTML. */
    public static String page(String title, String bodyHtml) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}"
                + "h1{font-size:1.4rem}.muted{color:#666;font-size:.9rem}button{font-size:1rem;padding:.4rem .9rem}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
                + "</style></head><body>\n"
                + "<h1>" + escape(title) + "</h1>\n" + bodyHtml + "\n</body></html>\n";
    }

    /** A JavaScript string literal (single-quoted) safe inside a script element. */
    public static String js(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
