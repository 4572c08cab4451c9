package org.pathwise.lti.core.services;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One HTTP request: method, absolute URL, headers and an optional body (form or JSON text). */
public record HttpRequest(String method, String url, Map<String, String> headers, Optional<String> body) {
    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    public static HttpRequest get(String url, String accept) {
        return new HttpRequest("GET", url, Map.of("Accept", accept), Optional.empty());
    }

    public static HttpRequest withBody(String method, String url, String contentType, String accept, String body) {
        return new HttpRequest(method, url, Map.of("Content-Type", contentType, "Accept", accept), Optional.of(body));
    }

    public HttpRequest withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new HttpRequest(method, url, all, body);
    }
}
