package org.pathwise.lrs.store;

/** A credential just made, with its secret — the only time the secret is seen. */
public record IssuedCredential(Credential credential, String secret) {}
