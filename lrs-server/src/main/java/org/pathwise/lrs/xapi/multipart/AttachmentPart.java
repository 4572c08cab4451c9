package org.pathwise.lrs.xapi.multipart;

import java.util.Arrays;

/**
 * The raw data of one attachment, as carried by a multipart part.
 *
 * @param sha2 the part's {@code X-Experience-API-Hash}: hex SHA-2 of the content
 * @param contentType the part's Content-Type, or {@code application/octet-stream} when the part had none
 * @param content the bytes
 */
public record AttachmentPart(String sha2, String contentType, byte[] content) {
    public AttachmentPart {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** A part for {@code content}, with its SHA-256 computed. */
    public static AttachmentPart of(String contentType, byte[] content) {
        return new AttachmentPart(Sha2.sha256Hex(content), contentType, content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttachmentPart p
                && p.sha2.equals(sha2)
                && p.contentType.equals(contentType)
                && Arrays.equals(p.content, content);
    }

    @Override
    public int hashCode() {
        return sha2.hashCode();
    }

    @Override
    public String toString() {
        return "AttachmentPart[" + sha2 + ", " + contentType + ", " + content.length + " bytes]";
    }
}
