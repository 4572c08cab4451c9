package org.pathwise.lrs.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where documents are kept; every method is confined to the store named in its key or context. */
public interface DocumentRepository {

    Optional<Document> find(DocumentKey key);

    /** As {@link #find}, and holds the row (or the gap where it would be) until the transaction ends. */
    Optional<Document> findForUpdate(DocumentKey key);

    /** Inserts or replaces the document. */
    void save(DocumentKey key, Document document);

    void delete(DocumentKey key);

    /**
     * Ids of the context's documents written after {@code since} (exclusive), oldest first. For State without a
     * registration: the ids under every registration and none, each once.
     */
    List<String> ids(DocumentContext context, Optional<Instant> since);

    /** Deletes the context's documents; for State without a registration, under every registration. */
    void deleteAll(DocumentContext context);
}
