package org.pathwise.lrs.xapi.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.lrs.xapi.XapiException;

/**
 * Reads a {@code multipart/mixed} statement request (Data 2.4.11, Communication 1.5.2): the first part
 * {@code application/json} statements, then one part per attachment with {@code X-Experience-API-Hash} and
 * {@code Content-Transfer-Encoding: binary}. Anything else is a 400.
 */
public final class MultipartParser {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {}

    /** Whether a request's Content-Type announces multipart/mixed. */
    public static boolean isMultipartMixed(String contentType) {
        return contentType != null && MediaTypes.essence(contentType).equals("multipart/mixed");
    }

    public static MultipartBody parse(String contentType, byte[] body) {
        if (!isMultipartMixed(contentType)) {
            throw XapiException.badRequest("Content-Type: must be multipart/mixed for statements with attachments");
        }
        String boundary = MediaTypes.parameter(contentType, "boundary")
                .orElseThrow(
                        () -> XapiException.badRequest("Content-Type: multipart/mixed needs a boundary parameter"));
        List<byte[]> parts = split(body, boundary);
        if (parts.isEmpty()) {
            throw XapiException.badRequest("multipart body: has no parts");
        }
        Part first = Part.read(parts.get(0), 0);
        if (!"application/json"
                .equals(first.contentType().map(MediaTypes::essence).orElse(""))) {
            throw XapiException.badRequest(
                    "multipart part 0: the statements part must have Content-Type application/json");
        }
        List<AttachmentPart> attachments = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            attachments.add(Part.read(parts.get(i), i).toAttachment());
        }
        return new MultipartBody(new String(first.content(), StandardCharsets.UTF_8), attachments);
    }

    /** The bytes between delimiters; the preamble before the first and the epilogue after the last are dropped. */
    private static List<byte[]> split(byte[] body, String boundary) {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = concat(CRLF, body);
        int at = indexOf(data, delimiter, 0);
        if (at < 0) {
            throw XapiException.badRequest("multipart body: boundary " + boundary + " not found");
        }
        List<byte[]> parts = new ArrayList<>();
        while (true) {
            int after = at + delimiter.length;
            if (startsWith(data, after, new byte[] {'-', '-'})) {
                return parts;
            }
            int lineEnd = indexOf(data, CRLF, after);
            if (lineEnd < 0) {
                throw XapiException.badRequest("multipart body: truncated after a boundary");
            }
            int next = indexOf(data, delimiter, lineEnd);
            if (next < 0) {
                throw XapiException.badRequest("multipart body: the closing boundary is missing");
            }
            parts.add(Arrays.copyOfRange(data, lineEnd + 2, next));
            at = next;
        }
    }

    static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        return at + prefix.length <= data.length
                && indexOf(Arrays.copyOfRange(data, at, at + prefix.length), prefix, 0) == 0;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** One part: headers (names in lower case) and content. */
    private record Part(int index, Map<String, String> headers, byte[] content) {
        static Part read(byte[] raw, int index) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (startsWith(raw, 0, CRLF)) {
                return new Part(index, headers, Arrays.copyOfRange(raw, 2, raw.length));
            }
            int end = indexOf(raw, HEADER_END, 0);
            if (end < 0) {
                throw XapiException.badRequest(
                        "multipart part " + index + ": headers are not terminated by an empty line");
            }
            for (String line : new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw XapiException.badRequest("multipart part " + index + ": malformed header line");
                }
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            return new Part(index, headers, Arrays.copyOfRange(raw, end + 4, raw.length));
        }

        java.util.Optional<String> contentType() {
            return java.util.Optional.ofNullable(headers.get("content-type"));
        }

        AttachmentPart toAttachment() {
            String hash = headers.get("x-experience-api-hash");
            if (hash == null || hash.isEmpty()) {
                throw XapiException.badRequest(
                        "multipart part " + index + ": the X-Experience-API-Hash header is required");
            }
            if (!"binary".equalsIgnoreCase(headers.get("content-transfer-encoding"))) {
                throw XapiException.badRequest(
                        "multipart part " + index + ": Content-Transfer-Encoding must be binary");
            }
            return new AttachmentPart(hash, contentType().orElse("application/octet-stream"), content);
        }
    }
}
