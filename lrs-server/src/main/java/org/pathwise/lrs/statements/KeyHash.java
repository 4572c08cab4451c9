package org.pathwise.lrs.statements;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 64-bit key under which agents, verbs and activities are indexed: the first 8 bytes of SHA-256. The same keys
 * come back in almost every statement (the store's authority, its verbs, courses and learners), so recent results
 * are kept: hashing was a tenth of the ingest CPU before.
 */
public final class KeyHash {
    private static final int CACHED_KEYS = 50_000;
    private static final int CACHED_KEY_LENGTH = 512;
    private static final Map<String, Long> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    });

    private KeyHash() {}

    public static long of(String key) {
        Long cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        long hash = compute(key);
        if (key.length() <= CACHED_KEY_LENGTH) {
            if (CACHE.size() >= CACHED_KEYS) {
                CACHE.clear(); // crude but bounded: a store with more distinct keys than this just hashes more
            }
            CACHE.put(key, hash);
        }
        return hash;
    }

    static long compute(String key) {
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, 8).getLong();
    }
}
