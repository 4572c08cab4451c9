package org.pathwise.lti.core.services;

import java.util.List;
import java.util.Map;

/** One HTTP response: status, headers (names compared case-insensitively) and the body as text. */
public record HttpResponse(int status, Map<String, List<String>> headers, String body) {
    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public List<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
