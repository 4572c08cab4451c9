package org.pathwise.lrs.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.model.Ifi;
import org.pathwise.lrs.xapi.model.StatementIndex;

/**
 * One statement as its rows in the tables: the statement row's columns, and the agent and activity index entries
 * (hash to "direct": actor/object agent, object activity).
 */
record StatementRow(
        long storeId,
        long seq,
        long stored,
        String id,
        Long actorHash,
        long verbHash,
        Long activityHash,
        String registration,
        Long authorityHash,
        boolean voided,
        String voidingTarget,
        String statementRef,
        boolean hasAttachments,
        String body,
        Map<Long, Boolean> agents,
        Map<Long, Boolean> activities) {

    static StatementRow of(long storeId, long seq, long stored, NewStatement s, boolean voided) {
        // a shallow copy: the writer only adds top-level fields, the nested nodes are shared and never changed
        ObjectNode statement = s.statement().objectNode();
        statement.setAll(s.statement());
        statement.put("stored", StoredTime.format(stored));
        if (!statement.has("timestamp")) {
            // 1.0.3 §2.4.7 / 2.0: a statement without a timestamp gets the time it was stored
            statement.put("timestamp", StoredTime.format(stored));
        }
        StatementIndex index = s.index();
        Map<Long, Boolean> agents = new LinkedHashMap<>();
        index.relatedAgents().forEach(k -> agents.merge(KeyHash.of(k), false, Boolean::logicalOr));
        index.agents().forEach(k -> agents.merge(KeyHash.of(k), true, Boolean::logicalOr));
        Map<Long, Boolean> activities = new LinkedHashMap<>();
        index.relatedActivities().forEach(k -> activities.merge(KeyHash.of(k), false, Boolean::logicalOr));
        index.activityId().ifPresent(k -> activities.merge(KeyHash.of(k), true, Boolean::logicalOr));
        return new StatementRow(
                storeId,
                seq,
                stored,
                s.id(),
                index.actor().map(KeyHash::of).orElse(null),
                KeyHash.of(index.verbId()),
                index.activityId().map(KeyHash::of).orElse(null),
                index.registration().orElse(null),
                Ifi.of(statement.get("authority")).map(i -> KeyHash.of(i.key())).orElse(null),
                voided,
                index.voidedStatementId().orElse(null),
                index.statementRefId().orElse(null),
                hasAttachments(statement),
                json(statement),
                agents,
                activities);
    }

    private static boolean hasAttachments(ObjectNode statement) {
        return !statement.path("attachments").isEmpty()
                || !statement.path("object").path("attachments").isEmpty();
    }

    private static String json(ObjectNode statement) {
        try {
            return StrictJson.mapper().writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement tree is always serializable", e);
        }
    }
}
