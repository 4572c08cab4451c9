package org.pathwise.lti.core.services;

import java.io.IOException;
import java.util.List;
import org.pathwise.lti.core.registration.PlatformRegistration;

/** Sends a service request with a bearer token; on 401 it gets a fresh token and tries exactly once more. */
public final class AuthorizedCalls {
    private final LtiHttpClient http;
    private final AccessTokenClient tokens;

    public AuthorizedCalls(LtiHttpClient http, AccessTokenClient tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** The successful (2xx) response; any other status becomes a {@link ServiceException}. */
    HttpResponse call(PlatformRegistration registration, List<String> scopes, HttpRequest request, String what) {
        HttpResponse response = send(registration, scopes, request);
        if (response.status() == 401) {
            tokens.invalidate(registration, scopes);
            response = send(registration, scopes, request);
        }
        if (!response.isSuccess()) {
            throw ServiceException.of(response, what);
        }
        return response;
    }

    private HttpResponse send(PlatformRegistration registration, List<String> scopes, HttpRequest request) {
        String token = tokens.token(registration, scopes);
        try {
            return http.send(request.withHeader("Authorization", "Bearer " + token));
        } catch (IOException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, 0, request.url() + ": " + e.getMessage());
        }
    }
}
