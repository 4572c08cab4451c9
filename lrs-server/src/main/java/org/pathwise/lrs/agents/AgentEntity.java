package org.pathwise.lrs.agents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code lrs_agent}: the names a store has seen for one agent IFI, as a JSON array. */
@Entity
@Table(name = "lrs_agent")
@NamedQuery(
        name = "AgentEntity.byKey",
        query = "SELECT a FROM AgentEntity a WHERE a.storeId = :storeId AND a.ifiHash = :ifiHash")
class AgentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "ifi_hash", nullable = false, length = 64)
    private String ifiHash;

    @Column(name = "ifi_key", nullable = false)
    private String ifiKey;

    @Lob
    @Column(nullable = false)
    private String names;

    @Column(nullable = false)
    private Instant updated;

    protected AgentEntity() {}

    String getNames() {
        return names;
    }

    void setNames(String names, Instant updated) {
        this.names = names;
        this.updated = updated;
    }
}
