package org.pathwise.lti.platforms;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.tool.platform.ApiException;

/** Manual platform registration for admins: many platforms, many client ids per issuer, many deployments each. */
@Path("api/admin/platforms")
@AdminOnly
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformAdminResource {

    @Inject
    PlatformStore store;

    @GET
    @Operation(summary = "Every platform registration, with its last launch and last error")
    public List<PlatformJson.View> list() {
        return store.list().stream().map(PlatformJson.View::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One platform registration")
    public PlatformJson.View get(@PathParam("id") long id) {
        return PlatformJson.View.of(store.get(id));
    }

    @POST
    @Operation(summary = "Register a platform (issuer, client id, endpoints, deployment ids)")
    public Response create(PlatformJson.Input input) {
        Platform created = store.create(required(input).toSpec());
        return Response.created(URI.create("api/admin/platforms/" + created.id()))
                .entity(PlatformJson.View.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a registration's endpoints and settings; listed deployment ids are added")
    public PlatformJson.View update(@PathParam("id") long id, PlatformJson.Input input) {
        return PlatformJson.View.of(store.update(id, required(input).toSpec()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a registration and its deployments")
    public Response delete(@PathParam("id") long id) {
        store.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/deployments")
    @Operation(summary = "Add a deployment id to a registration")
    public PlatformJson.View addDeployment(@PathParam("id") long id, PlatformJson.DeploymentInput input) {
        store.get(id);
        store.addDeployment(id, input == null ? null : input.deploymentId());
        return PlatformJson.View.of(store.get(id));
    }

    private static PlatformJson.Input required(PlatformJson.Input input) {
        if (input == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "a JSON body is required");
        }
        return input;
    }
}
