package org.pathwise.lrs.documents;

import java.time.Instant;
import java.util.Optional;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;

/**
 * A document request's parameters once validated: the context, the document id when one was given, and the
 * {@code since} bound of a multiple-document GET.
 */
public record DocumentRequest(DocumentContext context, Optional<String> documentId, Optional<Instant> since) {

    /** The single document addressed; callers check {@link #single()} first. */
    public DocumentKey key() {
        return context.document(documentId.orElseThrow(() ->
                new XapiException(XapiErrorKind.BAD_REQUEST, context.kind().idParameter() + ": is required")));
    }

    /** Whether the request names one document (else it is about all documents of the context). */
    public boolean single() {
        return documentId.isPresent();
    }
}
