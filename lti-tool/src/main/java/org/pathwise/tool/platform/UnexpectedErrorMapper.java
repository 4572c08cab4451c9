package org.pathwise.tool.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: JAX-RS's own 4xx keep their status with a short message; anything else is a 500 with an id that
 * the log shows next to the stack trace — never the trace itself.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof jakarta.ws.rs.NotFoundException) {
            // no entity: JAX-RS runs as a filter (web.xml, forwardOn404) and passes an empty 404 on to static files
            // and the server's own endpoints (/health, /metrics)
            return Response.status(404).build();
        }
        String instance = "urn:uuid:" + UUID.randomUUID();
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            LOG.log(Level.FINE, () -> instance + " " + status + " " + e.getMessage());
            return Response.status(status)
                    .type(ProblemMapper.PROBLEM_JSON)
                    .entity(Map.of("status", status, "detail", String.valueOf(e.getMessage()), "instance", instance))
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected error " + instance, e);
        return Response.serverError()
                .type(ProblemMapper.PROBLEM_JSON)
                .entity(Map.of("status", 500, "detail", "Internal error; quote " + instance, "instance", instance))
                .build();
    }
}
