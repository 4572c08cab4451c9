package org.pathwise.lrs.documents;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository contract in memory, for testing the service's rules without a database. */
class InMemoryDocumentRepository implements DocumentRepository {

    final Map<DocumentKey, Document> documents = new LinkedHashMap<>();

    @Override
    public Optional<Document> find(DocumentKey key) {
        return Optional.ofNullable(documents.get(key));
    }

    @Override
    public Optional<Document> findForUpdate(DocumentKey key) {
        return find(key);
    }

    @Override
    public void save(DocumentKey key, Document document) {
        documents.put(key, document);
    }

    @Override
    public void delete(DocumentKey key) {
        documents.remove(key);
    }

    @Override
    public List<String> ids(DocumentContext context, Optional<Instant> since) {
        return documents.entrySet().stream()
                .filter(e -> inContext(e.getKey(), context))
                .filter(e -> since.isEmpty() || e.getValue().updated().isAfter(since.get()))
                .sorted(Comparator.comparing(e -> e.getValue().updated()))
                .map(e -> e.getKey().documentId())
                .distinct()
                .toList();
    }

    @Override
    public void deleteAll(DocumentContext context) {
        documents.keySet().removeIf(key -> inContext(key, context));
    }

    private static boolean inContext(DocumentKey key, DocumentContext context) {
        DocumentContext c = key.context();
        return c.storeId() == context.storeId()
                && c.kind() == context.kind()
                && c.activityHash().equals(context.activityHash())
                && c.agentHash().equals(context.agentHash())
                && (context.registration() == null || context.registration().equals(c.registration()));
    }
}
