package org.pathwise.lrs.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A store: one tenant's isolated set of statements, documents and credentials. */
@Entity
@Table(name = "lrs_store")
@NamedQuery(name = "StoreEntity.all", query = "SELECT s FROM StoreEntity s ORDER BY s.id")
@NamedQuery(name = "StoreEntity.byName", query = "SELECT s FROM StoreEntity s WHERE s.name = :name")
public class StoreEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoreEntity() {}

    public StoreEntity(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Store toStore() {
        return new Store(id, name, createdAt);
    }
}
