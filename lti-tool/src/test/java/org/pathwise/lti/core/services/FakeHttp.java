package org.pathwise.lti.core.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Scripted platform HTTP: token requests always succeed; other requests get the queued answers in order. */
final class FakeHttp implements LtiHttpClient {
    final List<HttpRequest> requests = new ArrayList<>();
    private final Deque<HttpResponse> answers = new ArrayDeque<>();
    int tokensIssued;

    FakeHttp answer(int status, String body, Map<String, List<String>> headers) {
        answers.add(new HttpResponse(status, headers, body));
        return this;
    }

    FakeHttp answer(int status, String body) {
        return answer(status, body, Map.of());
    }

    static String fixture(String name) {
        try (var in = FakeHttp.class.getResourceAsStream("/services/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<HttpRequest> serviceRequests() {
        return requests.stream().filter(r -> !r.url().endsWith("/token")).toList();
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException {
        requests.add(request);
        if (request.url().endsWith("/token")) {
            tokensIssued++;
            return new HttpResponse(
                    200, Map.of(), "{\"access_token\":\"token-" + tokensIssued + "\",\"expires_in\":3600}");
        }
        if (answers.isEmpty()) {
            throw new IOException("no scripted answer for " + request.url());
        }
        return answers.poll();
    }
}
