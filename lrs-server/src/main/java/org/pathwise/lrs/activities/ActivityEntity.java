package org.pathwise.lrs.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code lrs_activity}: the canonical definition of one activity in one store, as JSON text. */
@Entity
@Table(name = "lrs_activity")
@NamedQuery(
        name = "ActivityEntity.byKey",
        query = "SELECT a FROM ActivityEntity a WHERE a.storeId = :storeId AND a.activityHash = :activityHash")
class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "activity_hash", nullable = false, length = 64)
    private String activityHash;

    @Column(name = "activity_id", nullable = false)
    private String activityId;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(nullable = false)
    private Instant updated;

    protected ActivityEntity() {}

    String getDefinition() {
        return definition;
    }

    void setDefinition(String definition, Instant updated) {
        this.definition = definition;
        this.updated = updated;
    }
}
