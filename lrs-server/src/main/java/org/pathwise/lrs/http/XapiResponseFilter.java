package org.pathwise.lrs.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Headers on every answer: {@code X-Experience-API-Version} on xAPI paths, {@code Date}, and CORS (the caller's
 * Origin echoed, the xAPI request headers allowed, the xAPI response headers exposed).
 */
@Provider
public class XapiResponseFilter implements ContainerResponseFilter {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Content-Length, X-Experience-API-Version, "
            + "If-Match, If-None-Match, Accept-Language, X-Requested-With";
    static final String EXPOSED_HEADERS =
            "ETag, Last-Modified, Content-Type, Location, X-Experience-API-Consistent-Through, X-Experience-API-Version";
    static final String METHODS = "GET, PUT, POST, DELETE, HEAD, OPTIONS";

    @Inject
    XapiCaller caller;

    @Inject
    org.pathwise.lrs.statements.ConsistencyTracker consistency;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (XapiPaths.isXapi(request.getUriInfo().getPath())) {
            headers.putSingle(XapiHeaders.VERSION, caller.version().header());
        }
        if (XapiPaths.isStatements(request.getUriInfo().getPath())
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !headers.containsKey(XapiHeaders.CONSISTENT_THROUGH)) {
            // on every statement GET, errors included: clients poll with statementId and read it from a 404 too
            headers.putSingle(
                    XapiHeaders.CONSISTENT_THROUGH,
                    org.pathwise.lrs.statements.StoredTime.format(consistency.consistentThrough()));
        }
        if (!headers.containsKey(HttpHeaders.DATE)) {
            headers.putSingle(
                    HttpHeaders.DATE, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
        cors(request, headers);
    }

    private static void cors(ContainerRequestContext request, MultivaluedMap<String, Object> headers) {
        String origin = request.getHeaderString("Origin");
        headers.putSingle("Access-Control-Allow-Origin", origin == null || origin.isBlank() ? "*" : origin);
        if (origin != null && !origin.isBlank()) {
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.add("Vary", "Origin");
        }
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", METHODS);
            headers.putSingle("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.putSingle("Access-Control-Max-Age", "86400");
        }
    }
}
