package org.pathwise.lrs.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A key/secret pair of one store; the secret is kept only as its SHA-256 hash. */
@Entity
@Table(name = "lrs_credential")
@NamedQuery(name = "CredentialEntity.byKey", query = "SELECT c FROM CredentialEntity c WHERE c.apiKey = :key")
@NamedQuery(
        name = "CredentialEntity.byStore",
        query = "SELECT c FROM CredentialEntity c WHERE c.storeId = :storeId ORDER BY c.id")
public class CredentialEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "api_key", nullable = false, unique = true, length = 100)
    private String apiKey;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false, length = 300)
    private String scopes;

    @Column(length = 200)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CredentialEntity() {}

    public CredentialEntity(
            long storeId, String apiKey, String secretHash, Set<String> scopes, String label, Instant now) {
        this.storeId = storeId;
        this.apiKey = apiKey;
        this.secretHash = secretHash;
        this.scopes = String.join(" ", new TreeSet<>(scopes));
        this.label = label;
        this.createdAt = now;
    }

    public Credential toCredential() {
        return new Credential(
                apiKey, storeId, new TreeSet<>(Arrays.asList(scopes.split(" "))), label, createdAt, revokedAt);
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    public void setScopes(Set<String> scopes) {
        this.scopes = String.join(" ", new TreeSet<>(scopes));
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public void restore() {
        this.revokedAt = null;
    }
}
