package org.pathwise.lrs.statements;

/**
 * A statement as read back from the store.
 *
 * @param seq its place in the store's order
 * @param stored epoch micros
 * @param voided whether a voiding statement targets it
 * @param authorityHash the hash of its authority's IFI
 * @param hasAttachments whether it declares attachments
 * @param body the JSON as served with format=exact
 */
public record StoredStatement(
        long seq, long stored, boolean voided, Long authorityHash, boolean hasAttachments, String body) {}
