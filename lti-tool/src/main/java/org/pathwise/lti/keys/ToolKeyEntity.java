package org.pathwise.lti.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored key pair (private JWK JSON). */
@Entity
@Table(name = "lti_tool_key")
@NamedQuery(name = "ToolKeyEntity.all", query = "SELECT k FROM ToolKeyEntity k ORDER BY k.createdAt DESC")
public class ToolKeyEntity {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String jwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ToolKeyEntity() {}

    public ToolKeyEntity(String kid, String jwk, Instant createdAt) {
        this.kid = kid;
        this.jwk = jwk;
        this.createdAt = createdAt;
    }

    public String getKid() {
        return kid;
    }

    public String getJwk() {
        return jwk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public void retire(Instant when) {
        this.retiredAt = when;
    }
}
