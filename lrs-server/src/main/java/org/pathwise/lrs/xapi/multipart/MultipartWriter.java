package org.pathwise.lrs.xapi.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Writes statements and their attachments as {@code multipart/mixed}, for GET with {@code attachments=true}. */
public final class MultipartWriter {
    private MultipartWriter() {}

    /**
     * A written message.
     *
     * @param contentType the Content-Type header value, boundary included
     * @param body the bytes
     */
    public record Message(String contentType, byte[] body) {}

    public static Message write(String statementJson, List<AttachmentPart> attachments) {
        return write(statementJson, attachments, "xapi-" + UUID.randomUUID());
    }

    public static Message write(String statementJson, List<AttachmentPart> attachments, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n");
        out.writeBytes(statementJson.getBytes(StandardCharsets.UTF_8));
        for (AttachmentPart part : attachments) {
            ascii(
                    out,
                    "\r\n--" + boundary + "\r\nContent-Type: " + part.contentType()
                            + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + part.sha2()
                            + "\r\n\r\n");
            out.writeBytes(part.content());
        }
        ascii(out, "\r\n--" + boundary + "--\r\n");
        return new Message("multipart/mixed; boundary=" + boundary, out.toByteArray());
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
