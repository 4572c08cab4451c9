package org.pathwise.lrs.statements;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;
import org.pathwise.lrs.xapi.multipart.MultipartBody;
import org.pathwise.lrs.xapi.multipart.MultipartParser;

/**
 * The body of a PUT or POST: the statements' JSON and, for {@code multipart/mixed}, the attachment parts.
 *
 * @param json the statement or array of statements
 * @param parts the attachment parts, or null when the request was plain JSON
 */
public record StatementBody(String json, List<AttachmentPart> parts) {

    /** @throws XapiException 400 for a Content-Type other than application/json or multipart/mixed */
    public static StatementBody read(String contentType, byte[] bytes) {
        if (MultipartParser.isMultipartMixed(contentType)) {
            MultipartBody body = MultipartParser.parse(contentType, bytes);
            return new StatementBody(body.statementJson(), body.attachments());
        }
        String essence = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        if (!essence.equalsIgnoreCase("application/json")) {
            throw XapiException.badRequest("Content-Type: must be application/json or multipart/mixed, not "
                    + (contentType == null ? "missing" : essence));
        }
        return new StatementBody(new String(bytes, StandardCharsets.UTF_8), null);
    }
}
