package org.pathwise.lrs.statements;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.pathwise.lrs.http.XapiHeaders;
import org.pathwise.lrs.xapi.multipart.MultipartWriter;

/** Builds the HTTP answer of a statement GET: JSON or multipart/mixed, Consistent-Through and Last-Modified. */
final class StatementResponses {
    private StatementResponses() {}

    static Response of(StatementAnswer answer) {
        Response.ResponseBuilder response;
        if (answer.attachments() == null) {
            response = Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE);
        } else {
            MultipartWriter.Message message = MultipartWriter.write(answer.json(), answer.attachments());
            response = Response.ok(message.body(), message.contentType());
        }
        response.header(XapiHeaders.CONSISTENT_THROUGH, StoredTime.format(answer.consistentThrough()));
        if (answer.lastModified() != null) {
            response.header(
                    "Last-Modified",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            StoredTime.instant(answer.lastModified()).atOffset(ZoneOffset.UTC)));
        }
        return response.build();
    }
}
