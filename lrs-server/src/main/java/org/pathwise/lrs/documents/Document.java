package org.pathwise.lrs.documents;

import java.time.Instant;

/**
 * A stored document: its bytes as received (or as merged), the Content-Type they came with, the quoted SHA-1 ETag
 * and when it was last written (millisecond precision).
 */
public record Document(byte[] content, String contentType, String etag, Instant updated) {}
