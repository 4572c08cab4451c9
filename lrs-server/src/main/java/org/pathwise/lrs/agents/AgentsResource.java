package org.pathwise.lrs.agents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.pathwise.lrs.documents.QueryParameters;
import org.pathwise.lrs.http.RequiresScope;
import org.pathwise.lrs.http.XapiCaller;
import org.pathwise.lrs.store.Scope;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.model.AgentParameter;

/**
 * The Agents resource ({@code GET /agents?agent=}): a Person Object for the agent, with every name the store has
 * seen for its IFI; an unknown agent still gets a Person holding what the request said (Communication 2.6).
 */
@Path("agents")
public class AgentsResource {

    @Inject
    AgentDirectory directory;

    @Inject
    XapiCaller caller;

    @GET
    @RequiresScope({Scope.ALL_READ, Scope.ALL, Scope.STATEMENTS_READ})
    public Response get(@Context UriInfo uri) {
        QueryParameters params = QueryParameters.of(uri.getQueryParameters(), Set.of("agent"), "GET /agents");
        String agent = params.required("agent");
        AgentParameter.parse(agent, "agent", caller.version());
        return Response.ok(
                        directory.person(caller.storeId(), StrictJson.read(agent, "agent")),
                        MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
