package org.pathwise.lrs.store;

/**
 * A credential was revoked or its secret or scopes changed: whoever keeps verified credentials (the HTTP layer's
 * cache) must forget it. Fired by {@link StoreService} within its transaction.
 *
 * @param key the credential's key
 */
public record CredentialChanged(String key) {}
