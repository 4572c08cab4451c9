package org.pathwise.player.cmi5;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pathwise.tool.session.CurrentSession;

/** cmi5 registrations for the learner's pages and instructors: status (refreshed from the LRS) and waiving an AU. */
@Path("api/cmi5")
@Produces(MediaType.APPLICATION_JSON)
public class Cmi5Resource {

    /** Body of a waiver. */
    public record Waiver(String unitId, String reason) {}

    @Inject
    CurrentSession current;

    @Inject
    Cmi5Registrations registrations;

    @GET
    @Path("sessions/{sessionId}")
    public RegistrationView session(@PathParam("sessionId") String sessionId) {
        return registrations.ofSession(current.require(), sessionId);
    }

    @GET
    @Path("registrations/{registration}")
    public RegistrationView registration(@PathParam("registration") String registration) {
        return registrations.view(current.require(), registration);
    }

    @POST
    @Path("registrations/{registration}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView waive(@PathParam("registration") String registration, Waiver body) {
        return registrations.waive(
                current.require(),
                registration,
                body == null ? null : body.unitId(),
                body == null ? null : body.reason());
    }
}
