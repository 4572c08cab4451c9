package org.pathwise.lti.web;

import java.util.List;

/** The deep linking picker page: one checkbox (or radio, when the platform takes one item) per option. */
final class DeepLinkPage {

    private DeepLinkPage() {}

    static String picker(List<DeepLinkOption> options, LaunchContext.DeepLinkReturn target) {
        StringBuilder body = new StringBuilder();
        // without the cookie, the page's script (assets/session.js) posts it with a fresh one-time handle
        body.append("<form method=\"post\" action=\"/lti/deep-link\">\n");
        if (options.isEmpty()) {
            body.append("<p>Nothing to place yet: upload content or build a pathway in Pathwise first.</p>\n");
        }
        String type = target.acceptMultiple() ? "checkbox" : "radio";
        for (DeepLinkOption option : options) {
            body.append("<p><label><input type=\"")
                    .append(type)
                    .append("\" name=\"item\" value=\"")
                    .append(Html.escape(option.key()))
                    .append("\"> <strong>")
                    .append(Html.escape(option.title()))
                    .append("</strong> <span class=\"muted\">(")
                    .append(Html.escape(option.kind()))
                    .append(")</span><br><span class=\"muted\">")
                    .append(Html.escape(option.description()))
                    .append("</span></label></p>\n");
        }
        body.append("<button type=\"submit\">Place in course</button>\n</form>");
        String title = target.title() == null ? "Choose what to place in your course" : target.title();
        return Html.page(title, body.toString());
    }
}
