package org.pathwise.lrs.xapi.multipart;

import java.util.List;

/**
 * A parsed {@code multipart/mixed} statement request.
 *
 * @param statementJson the first part: the statement or array of statements, as JSON text
 * @param attachments the following parts, in order
 */
public record MultipartBody(String statementJson, List<AttachmentPart> attachments) {
    public MultipartBody {
        attachments = List.copyOf(attachments);
    }
}
