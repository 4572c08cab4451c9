package org.pathwise.lrs.statements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.model.StatementIndexer;
import org.pathwise.lrs.xapi.multipart.AttachmentMatcher;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;
import org.pathwise.lrs.xapi.signature.SignatureVerifier;
import org.pathwise.lrs.xapi.validation.StatementParser;

/**
 * Turns the parsed statements of one PUT or POST into {@link NewStatement}s: checks the statementId parameter, ids
 * repeated within the batch, attachment parts and signatures, then sets id, authority and version (Data 2.4).
 */
public final class StatementBatch {
    private StatementBatch() {}

    /**
     * @param putId the {@code statementId} parameter of a PUT, or null for a POST
     * @param parts the multipart attachment parts, or null for a plain JSON request
     * @param authority the caller's authority Agent, recorded on every statement
     */
    public static List<NewStatement> prepare(
            List<ObjectNode> statements,
            String putId,
            List<AttachmentPart> parts,
            ObjectNode authority,
            XapiVersion version) {
        if (putId != null) {
            applyPutId(statements.get(0), putId);
        }
        rejectRepeatedIds(statements);
        if (parts == null) {
            AttachmentMatcher.requireFileUrls(statements);
        } else {
            AttachmentMatcher.check(statements, parts);
        }
        List<NewStatement> prepared = new ArrayList<>();
        ObjectNode batchAuthority = authority.deepCopy(); // one copy per batch, shared read-only by its statements
        for (int i = 0; i < statements.size(); i++) {
            ObjectNode statement = statements.get(i);
            String path = statements.size() == 1 ? StatementParser.ROOT : StatementParser.ROOT + "[" + i + "]";
            if (SignatureVerifier.isSigned(statement)) {
                SignatureVerifier.verify(statement, parts == null ? List.of() : parts, path);
            }
            prepared.add(complete(statement, batchAuthority, version));
        }
        return prepared;
    }

    private static void applyPutId(ObjectNode statement, String putId) {
        String id = putId.toLowerCase(Locale.ROOT);
        if (statement.hasNonNull("id") && !statement.get("id").asText().equalsIgnoreCase(id)) {
            throw XapiException.badRequest("statement.id: differs from the statementId parameter " + putId);
        }
        statement.put("id", id);
    }

    private static void rejectRepeatedIds(List<ObjectNode> statements) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).hasNonNull("id")) {
                String id = statements.get(i).get("id").asText().toLowerCase(Locale.ROOT);
                if (!seen.add(id)) {
                    throw XapiException.badRequest(
                            StatementParser.ROOT + "[" + i + "].id: " + id + " appears twice in this batch");
                }
            }
        }
    }

    private static NewStatement complete(ObjectNode statement, ObjectNode authority, XapiVersion version) {
        String id = statement.hasNonNull("id")
                ? statement.get("id").asText().toLowerCase(Locale.ROOT)
                : UUID.randomUUID().toString();
        ObjectNode out = statement.objectNode();
        out.put("id", id);
        statement.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("id")) {
                out.set(f.getKey(), f.getValue());
            }
        });
        out.set("authority", authority);
        if (!out.hasNonNull("version")) {
            out.put("version", version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        }
        return new NewStatement(id, out, StatementIndexer.index(out));
    }
}
