package org.pathwise.lrs.activities;

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

/**
 * The Activities resource ({@code GET /activities?activityId=}): the canonical Activity Object, or an Activity with
 * only its id when the store has no definition for it (Communication 2.5 of 1.0.3: the LRS still returns one).
 */
@Path("activities")
public class ActivitiesResource {

    @Inject
    ActivityDefinitionStore store;

    @Inject
    XapiCaller caller;

    @GET
    @RequiresScope({Scope.ALL_READ, Scope.ALL, Scope.STATEMENTS_READ, Scope.DEFINE})
    public Response get(@Context UriInfo uri) {
        QueryParameters params = QueryParameters.of(uri.getQueryParameters(), Set.of("activityId"), "GET /activities");
        String activityId = params.requiredIri("activityId");
        return Response.ok(store.activity(caller.storeId(), activityId), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
