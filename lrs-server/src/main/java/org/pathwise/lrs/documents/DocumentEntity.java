package org.pathwise.lrs.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code lrs_document}: one document of one store, keyed by the hashes of its identifying parameters. */
@Entity
@Table(name = "lrs_document")
@NamedQuery(
        name = "DocumentEntity.byKey",
        query = "SELECT d FROM DocumentEntity d WHERE d.storeId = :storeId AND d.kind = :kind"
                + " AND d.activityHash = :activityHash AND d.agentHash = :agentHash"
                + " AND d.registration = :registration AND d.documentHash = :documentHash")
class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "activity_hash", nullable = false, length = 64)
    private String activityHash;

    @Column(name = "agent_hash", nullable = false, length = 64)
    private String agentHash;

    @Column(nullable = false, length = 36)
    private String registration;

    @Column(name = "document_hash", nullable = false, length = 64)
    private String documentHash;

    @Column(name = "activity_id")
    private String activityId;

    @Column(name = "agent_key")
    private String agentKey;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String etag;

    @Column(nullable = false)
    private Instant updated;

    protected DocumentEntity() {}

    DocumentEntity(DocumentKey key) {
        DocumentContext context = key.context();
        this.storeId = context.storeId();
        this.kind = context.kind().name();
        this.activityHash = context.activityHash();
        this.agentHash = context.agentHash();
        this.registration = context.registrationColumn();
        this.documentHash = key.documentHash();
        this.activityId = context.activityId();
        this.agentKey = context.agent() == null ? null : context.agent().key();
        this.documentId = key.documentId();
    }

    void write(Document document) {
        this.content = document.content();
        this.contentType = document.contentType();
        this.etag = document.etag();
        this.updated = document.updated();
    }

    Document toDocument() {
        return new Document(content, contentType, etag, updated);
    }
}
