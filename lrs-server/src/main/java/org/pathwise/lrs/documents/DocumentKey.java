package org.pathwise.lrs.documents;

import java.util.Objects;

/** One document: its context and its id (stateId or profileId) within it. */
public record DocumentKey(DocumentContext context, String documentId) {

    public DocumentKey {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(documentId, "documentId");
    }

    public String documentHash() {
        return KeyHash.of(documentId);
    }

    @Override
    public String toString() {
        return context.kind().label() + " document '" + documentId + "'";
    }
}
