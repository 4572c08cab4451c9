package org.pathwise.lti.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.pathwise.lti.core.jwks.CacheControl;
import org.pathwise.lti.core.jwks.FetchedJwks;
import org.pathwise.lti.core.jwks.JwksFetcher;
import org.pathwise.lti.core.services.HttpRequest;
import org.pathwise.lti.core.services.HttpResponse;
import org.pathwise.lti.core.services.LtiHttpClient;

/** The core's HTTP ports over java.net.http, with connect and request timeouts. */
public final class JavaHttp implements LtiHttpClient, JwksFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Override
    public HttpResponse send(HttpRequest request) throws IOException {
        var builder =
                java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(TIMEOUT);
        request.headers().forEach(builder::header);
        builder.method(
                request.method(),
                request.body()
                        .map(java.net.http.HttpRequest.BodyPublishers::ofString)
                        .orElse(java.net.http.HttpRequest.BodyPublishers.noBody()));
        try {
            var response = client.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new HttpResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + request.url(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad URL " + request.url(), e);
        }
    }

    @Override
    public FetchedJwks fetch(String jwksUri) throws IOException {
        HttpResponse response = send(HttpRequest.get(jwksUri, "application/json"));
        if (response.status() != 200) {
            throw new IOException("HTTP " + response.status() + " from " + jwksUri);
        }
        String cacheControl = String.join(",", response.header("Cache-Control"));
        return new FetchedJwks(response.body(), CacheControl.maxAge(cacheControl));
    }
}
