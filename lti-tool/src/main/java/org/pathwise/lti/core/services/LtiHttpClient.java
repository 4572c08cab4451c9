package org.pathwise.lti.core.services;

import java.io.IOException;

/** Port: sends one HTTP request. The container implements it (java.net.http, with timeouts and TLS). */
public interface LtiHttpClient {
    HttpResponse send(HttpRequest request) throws IOException;
}
