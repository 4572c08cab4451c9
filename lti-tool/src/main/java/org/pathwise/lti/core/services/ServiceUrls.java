package org.pathwise.lti.core.services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URL building for service endpoints: path segments go before the query string, never after it. */
public final class ServiceUrls {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^,<]*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

    private ServiceUrls() {}

    /** {@code .../lineitem?type_id=1} + {@code scores} → {@code .../lineitem/scores?type_id=1}. */
    public static String withPath(String url, String segment) {
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        int query = base.indexOf('?');
        String path = query < 0 ? base : base.substring(0, query);
        String rest = query < 0 ? "" : base.substring(query);
        return (path.endsWith("/") ? path : path + "/") + segment + rest;
    }

    /** Adds query parameters (URL-encoded) to a URL that may already have a query. */
    public static String withQuery(String url, Map<String, String> params) {
        StringBuilder result = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            result.append(separator)
                    .append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return result.toString();
    }

    /** The {@code rel="next"} target of {@code Link} headers (RFC 8288), if any. */
    public static java.util.Optional<String> nextLink(List<String> linkHeaders) {
        for (String header : linkHeaders) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find() && List.of(rel.group(1).trim().split("\\s+")).contains("next")) {
                    return java.util.Optional.of(link.group(1).trim());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
