package org.pathwise.lrs.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers an {@link ApiException} with RFC 9457 {@code application/problem+json}; the {@code instance} id is also
 * logged (4xx at FINE, 5xx at SEVERE) so an admin can find the request.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<ApiException> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Override
    public Response toResponse(ApiException e) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        int status = e.kind().status();
        LOG.log(status >= 500 ? Level.SEVERE : Level.FINE, () -> instance + " " + status + " " + e.getMessage());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Response.Status.fromStatusCode(status).getReasonPhrase());
        body.put("status", status);
        body.put("detail", e.getMessage());
        body.put("instance", instance);
        Response.ResponseBuilder response =
                Response.status(status).type(PROBLEM_JSON).entity(body);
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Pathwise\"");
        }
        return response.build();
    }
}
