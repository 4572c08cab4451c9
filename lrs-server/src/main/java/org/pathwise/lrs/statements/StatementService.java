package org.pathwise.lrs.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.http.XapiCaller;
import org.pathwise.lrs.store.Scope;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.format.ActivityDefinitions;
import org.pathwise.lrs.xapi.format.StatementFormat;
import org.pathwise.lrs.xapi.format.StatementFormatter;
import org.pathwise.lrs.xapi.model.Ifi;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;
import org.pathwise.lrs.xapi.validation.StatementParser;

/** The Statement Resource's rules between HTTP and storage: store, get one, query, page. */
@ApplicationScoped
public class StatementService {

    @Inject
    StatementWriter writer;

    @Inject
    StatementReader reader;

    @Inject
    ConsistencyTracker consistency;

    @Inject
    org.pathwise.lrs.activities.ActivityDefinitionStore activities;

    @Inject
    org.pathwise.lrs.agents.AgentDirectory agents;

    @Inject
    org.pathwise.lrs.cmi5.Cmi5StatementGuard cmi5;

    @Inject
    DirectoryChanges directories;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.statements.max-limit", defaultValue = "500")
    int maxLimit;

    /**
     * Validates and stores the statements of a PUT ({@code putId} set) or POST; returns their ids once committed.
     */
    public List<String> store(XapiCaller caller, StatementBody body, String putId) {
        StatementParser parser = new StatementParser(caller.version());
        List<ObjectNode> statements =
                putId != null ? List.of(parser.parseStatement(body.json())) : parser.parseStatements(body.json());
        org.pathwise.lrs.cmi5.Cmi5StatementGuard.Admission cmi5Session = cmi5.admit(caller, statements);
        List<NewStatement> prepared =
                StatementBatch.prepare(statements, putId, body.parts(), caller.authority(), caller.version());
        long token = consistency.begin();
        List<String> ids;
        try {
            ids = writer.write(caller.storeId(), prepared, body.parts(), consistency.nowMicros());
        } finally {
            consistency.end(token);
        }
        cmi5Session.stored();
        recordDefinitionsAndAgents(caller, statements);
        return ids;
    }

    /**
     * After the statements are committed: the Activities resource's canonical definitions (only for credentials
     * that may define, 1.0.3 Communication 4.2) and the Agents resource's Person data. Derived data, once per
     * distinct activity and actor of the batch (definitions of one activity merged in order); what the directories
     * already know is skipped after one lookup per directory for the whole batch.
     */
    private void recordDefinitionsAndAgents(XapiCaller caller, List<ObjectNode> statements) {
        Map<String, JsonNode> definitions = new java.util.LinkedHashMap<>();
        Set<JsonNode> actors = new java.util.LinkedHashSet<>();
        for (ObjectNode statement : statements) {
            JsonNode object = statement.path("object");
            if (object.has("definition")
                    && !"SubStatement".equals(object.path("objectType").asText())
                    && !"StatementRef".equals(object.path("objectType").asText())) {
                definitions.merge(object.path("id").asText(), object.get("definition"), StatementService::merged);
            }
            JsonNode actor = statement.path("actor");
            if (actor.has("name")) {
                actors.add(actor); // JSON equality, without serialising each actor
            }
        }
        if (caller.may(Scope.DEFINE) && !definitions.isEmpty()) {
            directories
                    .newDefinitions(caller.storeId(), definitions)
                    .forEach((id, definition) -> activities.upsert(caller.storeId(), id, definition));
        }
        if (!actors.isEmpty()) {
            directories
                    .newNames(caller.storeId(), List.copyOf(actors))
                    .forEach(actor -> agents.record(caller.storeId(), actor));
        }
    }

    /** Two definitions of one activity in the same batch: the later one merged into the earlier (XAPI-00254). */
    private static JsonNode merged(JsonNode earlier, JsonNode later) {
        return earlier instanceof ObjectNode known && later instanceof ObjectNode incoming
                ? org.pathwise.lrs.activities.ActivityDefinitionMerge.merge(known, incoming)
                : later;
    }

    /** A GET with query parameters: one statement or the first page of a query. */
    public StatementAnswer get(XapiCaller caller, Map<String, List<String>> parameters, String language, String base) {
        long consistentThrough = consistency.consistentThrough();
        StatementRequest request = QueryParameters.parse(parameters, caller.version(), maxLimit);
        if (request instanceof StatementRequest.Single single) {
            return single(caller, single, language, consistentThrough);
        }
        StatementQuery query = ((StatementRequest.Query) request).query().withAuthority(mine(caller));
        return page(caller, query, null, language, base, consistentThrough);
    }

    /** The page after a {@code more} cursor. */
    public StatementAnswer more(XapiCaller caller, String token, String language, String base) {
        long consistentThrough = consistency.consistentThrough();
        Cursor cursor = Cursor.decode(token);
        if (cursor.store() != caller.storeId()) {
            throw XapiException.badRequest("more: this cursor belongs to another store");
        }
        StatementQuery query = cursor.query().withAuthority(mine(caller));
        return page(caller, query, cursor.after(), language, base, consistentThrough);
    }

    private StatementAnswer single(
            XapiCaller caller, StatementRequest.Single request, String language, long consistentThrough) {
        Long mine = mine(caller);
        StoredStatement found = reader.byId(caller.storeId(), request.id())
                .filter(s -> s.voided() == request.voided())
                .filter(s -> mine == null || mine.equals(s.authorityHash()))
                .orElseThrow(() -> new XapiException(
                        XapiErrorKind.NOT_FOUND,
                        (request.voided() ? "voidedStatementId: no voided statement " : "statementId: no statement ")
                                + request.id()));
        List<JsonNode> rendered = render(List.of(found), request.format(), language);
        String json = rendered.isEmpty() ? found.body() : write(rendered.get(0));
        List<AttachmentPart> parts = request.attachments() ? attachments(caller.storeId(), List.of(found)) : null;
        return new StatementAnswer(json, parts, found.stored(), consistentThrough);
    }

    private StatementAnswer page(
            XapiCaller caller, StatementQuery query, Long after, String language, String base, long consistentThrough) {
        List<StoredStatement> rows = reader.page(caller.storeId(), query, after, query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<StoredStatement> page = more ? rows.subList(0, query.limit()) : rows;
        String moreLink = more
                ? base + "statements/more/"
                        + new Cursor(
                                        caller.storeId(),
                                        query,
                                        page.get(page.size() - 1).seq())
                                .encode()
                : "";
        StringBuilder json = new StringBuilder("{\"statements\":[");
        List<JsonNode> rendered = render(page, query.format(), language);
        for (int i = 0; i < page.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append(rendered.isEmpty() ? page.get(i).body() : write(rendered.get(i)));
        }
        json.append("],\"more\":").append(StrictJson.mapper().getNodeFactory().textNode(moreLink));
        json.append('}');
        Long lastModified = page.stream()
                .mapToLong(StoredStatement::stored)
                .boxed()
                .max(Long::compare)
                .orElse(null);
        List<AttachmentPart> parts = query.attachments() ? attachments(caller.storeId(), page) : null;
        return new StatementAnswer(json.toString(), parts, lastModified, consistentThrough);
    }

    /** Rendered trees for ids/canonical; empty for exact, whose stored text is served as it is. */
    private static List<JsonNode> render(List<StoredStatement> statements, StatementFormat format, String language) {
        if (format == StatementFormat.EXACT) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        for (StoredStatement s : statements) {
            out.add(StatementFormatter.render(
                    StatementWriter.read(s.body()), format, language, ActivityDefinitions.none()));
        }
        return out;
    }

    private List<AttachmentPart> attachments(long storeId, List<StoredStatement> statements) {
        Set<String> sha2s = new LinkedHashSet<>();
        for (StoredStatement s : statements) {
            if (s.hasAttachments()) {
                JsonNode tree = StatementWriter.read(s.body());
                tree.path("attachments")
                        .forEach(a -> sha2s.add(a.path("sha2").asText().toLowerCase(Locale.ROOT)));
                tree.path("object")
                        .path("attachments")
                        .forEach(a -> sha2s.add(a.path("sha2").asText().toLowerCase(Locale.ROOT)));
            }
        }
        return reader.attachments(storeId, sha2s);
    }

    /** The authority hash a {@code statements/read/mine} caller is limited to, or null when it may read all. */
    private static Long mine(XapiCaller caller) {
        if (caller.may(Scope.STATEMENTS_READ)) {
            return null;
        }
        return Ifi.of(caller.authority())
                .map(i -> KeyHash.of(i.key()))
                .orElseThrow(() -> new IllegalStateException("a caller always has an authority"));
    }

    private static String write(JsonNode node) {
        try {
            return StrictJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement tree is always serializable", e);
        }
    }
}
