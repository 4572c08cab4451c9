package org.pathwise.lti.demo;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import org.pathwise.lti.web.Html;

/** The demo LMS's pages: the launch buttons, the gradebook, what a deep link placed. */
final class DemoPages {

    private DemoPages() {}

    static String home() {
        String body = "<p>A stand-in LMS registered with Pathwise like any platform. Each button runs the real LTI"
                + " 1.3 login and launch.</p>\n"
                + button("learner", "Launch as learner")
                + button("instructor", "Launch as instructor")
                + button("deeplink", "Deep link as instructor")
                + "<p><a href=\"/demo/platform/gradebook\">Gradebook</a> — scores Pathwise sent back.</p>";
        return Html.page("Pathwise demo LMS", body);
    }

    private static String button(String kind, String label) {
        return "<form method=\"get\" action=\"/demo/platform/start\" style=\"display:inline-block;margin:.3rem\">"
                + "<input type=\"hidden\" name=\"as\" value=\"" + kind + "\"><button type=\"submit\">" + label
                + "</button></form>\n";
    }

    static String gradebook(List<DemoGradebook.Entry> entries) {
        StringBuilder rows = new StringBuilder();
        for (DemoGradebook.Entry e : entries) {
            rows.append("<tr><td>")
                    .append(Html.escape(e.userId()))
                    .append("</td><td>")
                    .append(Html.escape(e.lineItem()))
                    .append("</td><td>")
                    .append(e.scoreGiven() == null ? "" : e.scoreGiven() + " / " + e.scoreMaximum())
                    .append("</td><td>")
                    .append(Html.escape(e.activity()))
                    .append("</td><td>")
                    .append(Html.escape(e.grading()))
                    .append("</td><td>")
                    .append(e.receivedAt())
                    .append("</td></tr>\n");
        }
        String table = entries.isEmpty()
                ? "<p>No scores yet.</p>"
                : "<table><tr><th>User</th><th>Line item</th><th>Score</th><th>Activity</th><th>Grading</th>"
                        + "<th>Received</th></tr>\n" + rows + "</table>";
        return Html.page("Demo LMS gradebook", table + "<p><a href=\"/demo/platform\">Back</a></p>");
    }

    @SuppressWarnings("unchecked")
    static String placed(SignedJWT jwt) {
        StringBuilder list = new StringBuilder("<ul>");
        try {
            Object items = jwt.getJWTClaimsSet().getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
            for (Object item : (List<Object>) items) {
                Map<String, Object> map = (Map<String, Object>) item;
                list.append("<li>")
                        .append(Html.escape(String.valueOf(map.get("title"))))
                        .append(" <span class=\"muted\">")
                        .append(Html.escape(String.valueOf(map.get("custom"))))
                        .append("</span></li>");
            }
        } catch (java.text.ParseException | ClassCastException | NullPointerException e) {
            list.append("<li>(unreadable content items)</li>");
        }
        return Html.page(
                "Placed in the demo course",
                list.append("</ul><p><a href=\"/demo/platform\">Back</a></p>").toString());
    }
}
