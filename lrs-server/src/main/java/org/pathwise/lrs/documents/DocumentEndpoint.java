package org.pathwise.lrs.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import org.pathwise.lrs.documents.DocumentParameters.Method;
import org.pathwise.lrs.http.XapiCaller;

/** The HTTP side shared by the three document resources: parameters in, service call, status and headers out. */
@ApplicationScoped
public class DocumentEndpoint {

    @Inject
    DocumentService service;

    @Inject
    XapiCaller caller;

    Response get(DocumentKind kind, UriInfo uri) {
        DocumentRequest request = parse(kind, Method.GET, uri);
        if (!request.single()) {
            return Response.ok(service.ids(request.context(), request.since()), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        Document document = service.get(request.key());
        return documentHeaders(Response.ok(document.content(), mediaType(document.contentType())), document)
                .build();
    }

    Response put(DocumentKind kind, UriInfo uri, HttpHeaders headers, byte[] body) {
        DocumentRequest request = parse(kind, Method.PUT, uri);
        Document written = service.put(request.key(), upload(headers, body), conditions(headers), caller.version());
        return documentHeaders(Response.noContent(), written).build();
    }

    Response post(DocumentKind kind, UriInfo uri, HttpHeaders headers, byte[] body) {
        DocumentRequest request = parse(kind, Method.POST, uri);
        Document written = service.post(request.key(), upload(headers, body), conditions(headers));
        return documentHeaders(Response.noContent(), written).build();
    }

    Response delete(DocumentKind kind, UriInfo uri, HttpHeaders headers) {
        DocumentRequest request = parse(kind, Method.DELETE, uri);
        if (request.single()) {
            service.delete(request.key(), conditions(headers));
        } else {
            service.deleteAll(request.context());
        }
        return Response.noContent().build();
    }

    private DocumentRequest parse(DocumentKind kind, Method method, UriInfo uri) {
        return DocumentParameters.parse(kind, method, uri.getQueryParameters(), caller.storeId(), caller.version());
    }

    private static Upload upload(HttpHeaders headers, byte[] body) {
        return new Upload(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    }

    private static Conditions conditions(HttpHeaders headers) {
        return new Conditions(headers.getHeaderString(HttpHeaders.IF_MATCH), headers.getHeaderString("If-None-Match"));
    }

    /** ETag (quoted SHA-1, Communication 3.1) and Last-Modified (2.0, 4.1.6.2). */
    private static Response.ResponseBuilder documentHeaders(Response.ResponseBuilder response, Document document) {
        return response.header(HttpHeaders.ETAG, document.etag()).lastModified(Date.from(document.updated()));
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }
}
