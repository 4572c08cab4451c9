package org.pathwise.lrs.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lrs.store.Credential;
import org.pathwise.lrs.store.IssuedCredential;
import org.pathwise.lrs.store.Store;
import org.pathwise.lrs.store.StoreService;

/** Admin API: stores and their credentials. */
@Path("admin/stores")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LRS admin")
public class AdminStoresResource {

    /** Body of a new store. */
    public record NewStore(String name) {}

    /** Body of a new credential. */
    public record NewCredential(Set<String> scopes, String label) {}

    @Inject
    StoreService stores;

    @POST
    @Operation(summary = "Create a store (tenant)")
    public Response create(NewStore body) {
        Store store = stores.createStore(body == null ? null : body.name());
        return Response.created(URI.create("admin/stores/" + store.id()))
                .entity(store)
                .build();
    }

    @GET
    @Operation(summary = "List stores")
    public List<Store> list() {
        return stores.stores();
    }

    @GET
    @Path("{id}")
    public Store get(@PathParam("id") long id) {
        return stores.getStore(id);
    }

    @POST
    @Path("{id}/credentials")
    @Operation(summary = "Issue a credential; the secret is in this answer only")
    public Response issue(@PathParam("id") long id, NewCredential body) {
        IssuedCredential issued =
                stores.issueCredential(id, body == null ? null : body.scopes(), body == null ? null : body.label());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    @Path("{id}/credentials")
    public List<Credential> credentials(@PathParam("id") long id) {
        return stores.credentials(id);
    }

    @DELETE
    @Path("credentials/{key}")
    @Operation(summary = "Revoke a credential")
    public Credential revoke(@PathParam("key") String key) {
        return stores.revoke(key);
    }
}
