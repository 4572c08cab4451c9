package org.pathwise.lrs.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.validation.ValidationException;

/**
 * Answers an {@link XapiException} with its kind's status and a JSON error body: the message (which leads with the
 * path of the offending field or parameter), the status, an id that is also logged, and every violation found.
 */
@Provider
public class XapiExceptionMapper implements ExceptionMapper<XapiException> {
    private static final Logger LOG = Logger.getLogger(XapiExceptionMapper.class.getName());

    @Override
    public Response toResponse(XapiException e) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        int status = e.kind().status();
        LOG.log(Level.FINE, () -> instance + " " + status + " " + e.getMessage());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", true);
        body.put("status", status);
        body.put("message", e.getMessage());
        body.put("instance", instance);
        if (e instanceof ValidationException validation) {
            List<Map<String, String>> violations = validation.violations().stream()
                    .map(v -> Map.of("path", v.path(), "rule", v.rule()))
                    .toList();
            body.put("violations", violations);
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
