package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Attachment metadata (Data 2.4.11). */
final class AttachmentRules {
    private static final Set<String> KEYS =
            Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

    private AttachmentRules() {}

    static void attachments(Checker c, JsonNode statement, String path) {
        c.array(statement, path, "attachments", false).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                attachment(c, list.get(i), Checker.at(Checker.at(path, "attachments"), i));
            }
        });
    }

    private static void attachment(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, KEYS);
        c.iri(node, path, "usageType", true);
        c.languageMap(node, path, "display", true);
        c.languageMap(node, path, "description", false);
        c.text(node, path, "contentType", true).ifPresent(t -> {
            if (!Formats.isMediaType(t)) {
                c.fail(Checker.at(path, "contentType"), "must be an Internet media type");
            }
        });
        c.get(node, path, "length", true).ifPresent(l -> {
            if (!l.isIntegralNumber() || l.bigIntegerValue().signum() < 0) {
                c.fail(Checker.at(path, "length"), "must be a non-negative integer");
            }
        });
        c.text(node, path, "sha2", true).ifPresent(s -> {
            if (!Formats.isSha2Hex(s)) {
                c.fail(Checker.at(path, "sha2"), "must be a hex-encoded SHA-2 hash");
            }
        });
        c.iri(node, path, "fileUrl", false);
    }
}
