package org.pathwise.lrs.statements;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Statement ids and registrations as the 16 bytes the tables store. */
public final class Uuids {
    private Uuids() {}

    public static byte[] toBytes(String uuid) {
        UUID value = UUID.fromString(uuid);
        return ByteBuffer.allocate(16)
                .putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits())
                .array();
    }

    public static String fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
