package org.pathwise.lrs.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pathwise.lrs.xapi.XapiException;

/**
 * A request in the xAPI 1.0.3 alternate request syntax (Communication 1.3): a POST with {@code ?method=} and a form
 * body carrying the headers, the {@code content} and the other parameters. Parsed into the request it stands for.
 *
 * @param method the intended method (GET, PUT, POST or DELETE)
 * @param headers the header fields of the form
 * @param parameters the other fields, which become query parameters
 * @param content the body, or null when the form has none
 */
public record AlternateRequest(
        String method, Map<String, String> headers, Map<String, String> parameters, String content) {
    /** Form fields that are headers of the intended request; all others but content are parameters. */
    static final Set<String> HEADERS = Set.of(
            "authorization", "x-experience-api-version", "content-type", "content-length", "if-match", "if-none-match");

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");

    /**
     * @param method the value of the {@code method} query parameter
     * @param form the form-encoded body
     */
    public static AlternateRequest parse(String method, String form) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(upper)) {
            throw XapiException.badRequest("method: must be GET, PUT, POST or DELETE, not " + method);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> parameters = new LinkedHashMap<>();
        String content = null;
        for (Map.Entry<String, String> field : fields(form).entrySet()) {
            String name = field.getKey();
            if (name.equals("content")) {
                content = field.getValue();
            } else if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, field.getValue());
            } else {
                parameters.put(name, field.getValue());
            }
        }
        if (content != null && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", "application/json");
        }
        return new AlternateRequest(upper, headers, parameters, content);
    }

    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return fields;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (fields.put(name, value) != null) {
                throw XapiException.badRequest(name + ": given twice in the form body");
            }
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw XapiException.badRequest("form body: malformed percent-encoding");
        }
    }
}
