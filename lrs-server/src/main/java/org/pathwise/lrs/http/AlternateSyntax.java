package org.pathwise.lrs.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.pathwise.lrs.xapi.XapiException;

/** Rewrites an alternate-syntax request (see {@link AlternateRequest}) into the request it stands for. */
final class AlternateSyntax {
    private AlternateSyntax() {}

    static boolean applies(ContainerRequestContext request) {
        return HttpMethod.POST.equals(request.getMethod())
                && request.getUriInfo().getQueryParameters().containsKey("method");
    }

    static void unwrap(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        if (query.size() > 1) {
            throw XapiException.badRequest(
                    "method: with the alternate request syntax every other parameter belongs in the form body");
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            throw XapiException.badRequest(
                    "Content-Type: the alternate request syntax needs application/x-www-form-urlencoded");
        }
        AlternateRequest alternate = AlternateRequest.parse(query.getFirst("method"), read(request.getEntityStream()));
        alternate.parameters().keySet().stream()
                .filter(name -> !name.matches("[A-Za-z][A-Za-z0-9_.-]*"))
                .findFirst()
                .ifPresent(name -> {
                    throw XapiException.badRequest("form body: not application/x-www-form-urlencoded (a field named '"
                            + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "')");
                });
        UriBuilder uri =
                UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replaceQuery(null);
        alternate.parameters().forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
        request.setRequestUri(uri.buildFromMap(Map.copyOf(alternate.parameters()), true));
        request.getHeaders().remove("Content-Type");
        request.getHeaders().remove("Content-Length");
        alternate.headers().forEach((name, value) -> request.getHeaders().putSingle(name, value));
        byte[] content =
                alternate.content() == null ? new byte[0] : alternate.content().getBytes(StandardCharsets.UTF_8);
        request.getHeaders().putSingle("Content-Length", String.valueOf(content.length));
        request.setEntityStream(new ByteArrayInputStream(content));
        request.setMethod(alternate.method());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw XapiException.badRequest("form body: could not be read: " + e.getMessage());
        }
    }
}
