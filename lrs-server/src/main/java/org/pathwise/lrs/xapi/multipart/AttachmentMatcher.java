package org.pathwise.lrs.xapi.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.validation.StatementParser;
import org.pathwise.lrs.xapi.validation.ValidationException;
import org.pathwise.lrs.xapi.validation.Violation;

/**
 * Pairs attachment metadata with multipart parts (Data 2.4.11): every attachment without a fileUrl needs a part with
 * its sha2, every part must be some attachment's, and each part's content must hash to its declared hash.
 */
public final class AttachmentMatcher {
    private AttachmentMatcher() {}

    /**
     * Checks a multipart request.
     *
     * @param statements the parsed statements, in request order ({@code statement[i]} in paths when more than one)
     * @throws ValidationException naming the attachment without a part
     * @throws XapiException (400) naming a part whose hash is wrong or which no attachment declares
     */
    public static void check(List<? extends JsonNode> statements, List<AttachmentPart> parts) {
        Set<String> present = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            AttachmentPart part = parts.get(i);
            if (!Sha2.matches(part.sha2(), part.content())) {
                throw XapiException.badRequest("multipart part " + (i + 1)
                        + ": X-Experience-API-Hash does not match the SHA-2 of the part's content");
            }
            present.add(part.sha2().toLowerCase(Locale.ROOT));
        }
        Set<String> declared = new HashSet<>();
        List<Violation> missing = new ArrayList<>();
        forEachAttachment(statements, (attachment, path) -> {
            String sha2 = attachment.path("sha2").asText().toLowerCase(Locale.ROOT);
            declared.add(sha2);
            if (!attachment.has("fileUrl") && !present.contains(sha2)) {
                missing.add(new Violation(path + ".sha2", "has no fileUrl and no multipart part with this hash"));
            }
        });
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!declared.contains(parts.get(i).sha2().toLowerCase(Locale.ROOT))) {
                throw XapiException.badRequest(
                        "multipart part " + (i + 1) + ": no attachment in the statements has this sha2");
            }
        }
    }

    /** For a plain {@code application/json} request: every attachment must then point to its data by fileUrl. */
    public static void requireFileUrls(List<? extends JsonNode> statements) {
        List<Violation> missing = new ArrayList<>();
        forEachAttachment(statements, (attachment, path) -> {
            if (!attachment.has("fileUrl")) {
                missing.add(new Violation(
                        path + ".fileUrl", "is required when the attachment data is not sent as multipart/mixed"));
            }
        });
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }

    interface AttachmentVisitor {
        void visit(JsonNode attachment, String path);
    }

    /** Visits the attachments of each statement and of its SubStatement. */
    static void forEachAttachment(List<? extends JsonNode> statements, AttachmentVisitor visitor) {
        for (int i = 0; i < statements.size(); i++) {
            String root = statements.size() == 1 ? StatementParser.ROOT : StatementParser.ROOT + "[" + i + "]";
            JsonNode statement = statements.get(i);
            visit(statement, root, visitor);
            JsonNode object = statement.path("object");
            if ("SubStatement".equals(object.path("objectType").textValue())) {
                visit(object, root + ".object", visitor);
            }
        }
    }

    private static void visit(JsonNode body, String path, AttachmentVisitor visitor) {
        JsonNode list = body.path("attachments");
        for (int j = 0; j < list.size(); j++) {
            visitor.visit(list.get(j), path + ".attachments[" + j + "]");
        }
    }
}
