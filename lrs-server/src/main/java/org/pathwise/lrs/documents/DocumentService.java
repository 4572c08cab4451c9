package org.pathwise.lrs.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.document.DocumentMerge;
import org.pathwise.lrs.xapi.document.ETags;
import org.pathwise.lrs.xapi.document.Preconditions;

/**
 * The document resources' behaviour: concurrency (If-Match / If-None-Match, 409 on an unconditional PUT over a
 * document), JSON merge on POST, listing and deletion. Each write reads the current document under a lock, so a
 * precondition holds until the write commits.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    static final String JSON = "application/json";

    @Inject
    DocumentRepository repository;

    Clock clock = Clock.systemUTC();

    public Document get(DocumentKey key) {
        return repository.find(key).orElseThrow(() -> new XapiException(XapiErrorKind.NOT_FOUND, "no " + key));
    }

    public List<String> ids(DocumentContext context, Optional<Instant> since) {
        return repository.ids(context, since);
    }

    /**
     * Stores {@code upload} as the document, replacing any; see {@link DocumentKind#putNeedsPrecondition} and
     * {@link DocumentKind#putAlwaysNeedsPrecondition}.
     */
    public Document put(DocumentKey key, Upload upload, Conditions conditions, XapiVersion version) {
        Optional<String> current = repository.findForUpdate(key).map(Document::etag);
        if (key.context().kind().putAlwaysNeedsPrecondition(version)) {
            Preconditions.requireOne(conditions.ifMatch(), conditions.ifNoneMatch(), current);
        }
        if (key.context().kind().putNeedsPrecondition(version)) {
            Preconditions.checkPut(conditions.ifMatch(), conditions.ifNoneMatch(), current);
        } else {
            Preconditions.check(conditions.ifMatch(), conditions.ifNoneMatch(), current);
        }
        return write(key, upload.content(), upload.contentType());
    }

    /** Stores {@code upload}, merged into the current document when there is one (both must be JSON objects). */
    public Document post(DocumentKey key, Upload upload, Conditions conditions) {
        Optional<Document> current = repository.findForUpdate(key);
        Preconditions.check(conditions.ifMatch(), conditions.ifNoneMatch(), current.map(Document::etag));
        if (current.isEmpty()) {
            DocumentMerge.checkNew(upload.content(), upload.contentType());
            return write(key, upload.content(), upload.contentType());
        }
        Document stored = current.get();
        byte[] merged =
                DocumentMerge.merge(stored.content(), stored.contentType(), upload.content(), upload.contentType());
        return write(key, merged, JSON);
    }

    /** Deletes the document if it exists; If-Match naming another version (or none) is a 412. */
    public void delete(DocumentKey key, Conditions conditions) {
        Optional<String> current = repository.findForUpdate(key).map(Document::etag);
        Preconditions.check(conditions.ifMatch(), conditions.ifNoneMatch(), current);
        if (current.isPresent()) {
            repository.delete(key);
        }
    }

    public void deleteAll(DocumentContext context) {
        repository.deleteAll(context);
    }

    private Document write(DocumentKey key, byte[] content, String contentType) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Document document = new Document(content, contentType, ETags.of(content), now);
        repository.save(key, document);
        return document;
    }
}
