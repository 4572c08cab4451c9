package org.pathwise.lrs.statements;

import java.util.List;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;

/**
 * What a GET on the Statement Resource answers.
 *
 * @param json a statement, or a StatementResult ({@code statements} and {@code more})
 * @param attachments the attachment parts to send as multipart/mixed, or null for plain JSON
 * @param lastModified the latest {@code stored} among the statements (epoch micros), or null when there are none
 * @param consistentThrough epoch micros through which the answer is complete
 */
public record StatementAnswer(
        String json, List<AttachmentPart> attachments, Long lastModified, long consistentThrough) {}
