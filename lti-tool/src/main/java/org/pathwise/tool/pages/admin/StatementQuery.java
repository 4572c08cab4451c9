package org.pathwise.tool.pages.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statement browser's filters turned into an xAPI statements query (xAPI 1.0.3 §7.2.3). Each filter is checked
 * here so that a wrong one is named on the page, never sent on.
 */
public final class StatementQuery {

    static final int PAGE = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A filter that cannot be used: the field and why. */
    public static final class Invalid extends RuntimeException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private StatementQuery() {}

    /**
     * The path and query under the LRS for these filters (empty values are left out).
     *
     * @param agent an email, {@code mailto:...}, {@code account:<homePage>|<name>} or an Agent as JSON
     * @param since ISO 8601 date-time, or a date (taken as midnight UTC)
     */
    public static String build(String agent, String verb, String activity, String since, String until) {
        Map<String, String> params = new LinkedHashMap<>();
        if (present(agent)) {
            params.put("agent", agent(agent.trim()));
        }
        if (present(verb)) {
            params.put("verb", iri("verb", verb.trim()));
        }
        if (present(activity)) {
            params.put("activity", iri("activity", activity.trim()));
        }
        if (present(since)) {
            params.put("since", time("since", since.trim()));
        }
        if (present(until)) {
            params.put("until", time("until", until.trim()));
        }
        params.put("limit", String.valueOf(PAGE));
        StringBuilder query = new StringBuilder("/statements?");
        params.forEach((k, v) -> query.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        return query.substring(0, query.length() - 1);
    }

    /**
     * The {@code more} link of a previous answer, accepted only when it stays on the LRS's statements resource (so
     * the page cannot be used to make the tool fetch another URL).
     */
    public static String more(String more, String lrsBase) {
        String basePath = URI.create(lrsBase).getRawPath();
        URI uri;
        try {
            uri = URI.create(more);
        } catch (IllegalArgumentException e) {
            throw new Invalid("more", "more: not a URL path");
        }
        if (uri.getScheme() != null
                || uri.getRawAuthority() != null
                || uri.getRawPath() == null
                || !uri.getRawPath().equals(basePath + "/statements")) {
            throw new Invalid("more", "more: must be a statements link of this LRS");
        }
        return "/statements" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static String agent(String value) {
        if (value.startsWith("{")) {
            try {
                return JSON.readTree(value).toString();
            } catch (java.io.IOException e) {
                throw new Invalid("agent", "agent: not valid JSON");
            }
        }
        ObjectNode agent = JSON.createObjectNode();
        if (value.startsWith("account:") && value.contains("|")) {
            int bar = value.indexOf('|');
            agent.putObject("account").put("homePage", value.substring(8, bar)).put("name", value.substring(bar + 1));
        } else if (value.startsWith("mailto:") || value.matches("[^@\\s]+@[^@\\s]+")) {
            agent.put("mbox", value.startsWith("mailto:") ? value : "mailto:" + value);
        } else {
            throw new Invalid("agent", "agent: give an email, account:<homePage>|<name> or an Agent as JSON");
        }
        return agent.toString();
    }

    static String iri(String field, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw new Invalid(field, field + ": an IRI is required (e.g. http://adlnet.gov/expapi/verbs/completed)");
    }

    static String time(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(value)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .toString();
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDateTime.parse(value)
                            .toInstant(ZoneOffset.UTC)
                            .toString();
                } catch (DateTimeParseException e3) {
                    throw new Invalid(field, field + ": a date (2026-11-23) or date-time (2026-11-23T10:00Z)");
                }
            }
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
