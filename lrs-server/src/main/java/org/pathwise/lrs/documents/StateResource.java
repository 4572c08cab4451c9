package org.pathwise.lrs.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pathwise.lrs.http.RequiresScope;
import org.pathwise.lrs.store.Scope;

/** The State resource ({@code /activities/state}): one agent's documents in one activity, optionally per registration. */
@Path("activities/state")
public class StateResource {

    @Inject
    DocumentEndpoint endpoint;

    @GET
    @RequiresScope({Scope.STATE, Scope.ALL_READ, Scope.ALL})
    public Response get(@Context UriInfo uri) {
        return endpoint.get(DocumentKind.STATE, uri);
    }

    @PUT
    @RequiresScope({Scope.STATE, Scope.ALL})
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return endpoint.put(DocumentKind.STATE, uri, headers, body);
    }

    @POST
    @RequiresScope({Scope.STATE, Scope.ALL})
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return endpoint.post(DocumentKind.STATE, uri, headers, body);
    }

    @DELETE
    @RequiresScope({Scope.STATE, Scope.ALL})
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return endpoint.delete(DocumentKind.STATE, uri, headers);
    }
}
