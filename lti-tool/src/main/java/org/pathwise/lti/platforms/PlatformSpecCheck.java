package org.pathwise.lti.platforms;

import java.net.URI;
import java.net.URISyntaxException;
import org.pathwise.tool.platform.ApiException;

/** Checks a registration before it is stored: required fields present, endpoints absolute http(s) URLs. */
final class PlatformSpecCheck {

    private PlatformSpecCheck() {}

    static void check(PlatformSpec spec) {
        required("issuer", spec.issuer(), 255);
        required("clientId", spec.clientId(), 255);
        required("name", spec.name(), 255);
        url("authUrl", spec.authUrl());
        url("tokenUrl", spec.tokenUrl());
        url("jwksUrl", spec.jwksUrl());
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw bad(field + " is required");
        }
        if (value.length() > max) {
            throw bad(field + " is longer than " + max + " characters");
        }
    }

    private static void url(String field, String value) {
        required(field, value, 1024);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                throw bad(field + " must be an absolute http(s) URL: " + value);
            }
        } catch (URISyntaxException e) {
            throw bad(field + " is not a URL: " + value);
        }
    }

    private static ApiException bad(String message) {
        return new ApiException(ApiException.Kind.BAD_REQUEST, message);
    }
}
