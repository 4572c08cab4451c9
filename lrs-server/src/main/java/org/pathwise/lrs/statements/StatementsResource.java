package org.pathwise.lrs.statements;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.pathwise.lrs.http.RequiresScope;
import org.pathwise.lrs.http.XapiCaller;
import org.pathwise.lrs.store.Scope;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.validation.Formats;

/** The Statement Resource (xAPI Communication 2.1): PUT, POST, GET, and the {@code more} pages. */
@Path("statements")
public class StatementsResource {

    @Inject
    XapiCaller caller;

    @Inject
    StatementService statements;

    @Context
    UriInfo uri;

    @PUT
    @RequiresScope(Scope.STATEMENTS_WRITE)
    public Response put(@Context HttpHeaders headers, InputStream body) {
        onlyParameters(Set.of("statementId"));
        List<String> ids = uri.getQueryParameters().get("statementId");
        if (ids == null || ids.size() != 1 || !Formats.isUuid(ids.get(0))) {
            throw XapiException.badRequest("statementId: a PUT needs exactly one, a UUID");
        }
        String id = ids.get(0);
        statements.store(
                caller, StatementBody.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), bytes(body)), id);
        return Response.noContent().build();
    }

    @POST
    @RequiresScope(Scope.STATEMENTS_WRITE)
    public Response post(@Context HttpHeaders headers, InputStream body) {
        onlyParameters(Set.of());
        List<String> ids = statements.store(
                caller, StatementBody.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), bytes(body)), null);
        StringBuilder json = new StringBuilder("[");
        ids.forEach(
                id -> json.append(json.length() > 1 ? ",\"" : "\"").append(id).append('"'));
        return Response.ok(json.append(']').toString(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @RequiresScope({Scope.STATEMENTS_READ, Scope.STATEMENTS_READ_MINE})
    public Response get(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return StatementResponses.of(statements.get(caller, uri.getQueryParameters(), language, base()));
    }

    @GET
    @Path("more/{cursor}")
    @RequiresScope({Scope.STATEMENTS_READ, Scope.STATEMENTS_READ_MINE})
    public Response more(
            @PathParam("cursor") String cursor, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        onlyParameters(Set.of());
        return StatementResponses.of(statements.more(caller, cursor, language, base()));
    }

    private String base() {
        return uri.getBaseUri().getRawPath();
    }

    private void onlyParameters(Set<String> allowed) {
        uri.getQueryParameters().keySet().stream()
                .filter(p -> !allowed.contains(p))
                .findFirst()
                .ifPresent(p -> {
                    throw XapiException.badRequest(p + ": is not a parameter of this request");
                });
    }

    private static byte[] bytes(InputStream body) {
        try {
            return body == null ? new byte[0] : body.readAllBytes();
        } catch (IOException e) {
            throw XapiException.badRequest("body: could not be read: " + e.getMessage());
        }
    }
}
