package org.pathwise.lrs.xapi.document;

import java.util.Arrays;
import java.util.Optional;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;

/**
 * If-Match / If-None-Match on the document resources (Communication 3.1, RFC 9110 13.1): a failed condition is a
 * 412; a PUT over an existing document with neither header is a 409.
 */
public final class Preconditions {
    private Preconditions() {}

    /**
     * Evaluates the headers of a write (PUT, POST, DELETE).
     *
     * @param currentEtag the quoted ETag of the document as stored, empty when there is none
     * @throws XapiException {@link XapiErrorKind#PRECONDITION_FAILED} when a condition fails
     */
    public static void check(String ifMatch, String ifNoneMatch, Optional<String> currentEtag) {
        if (ifMatch != null && !matchesAny(ifMatch, currentEtag)) {
            throw new XapiException(
                    XapiErrorKind.PRECONDITION_FAILED,
                    "If-Match: the document's ETag is " + currentEtag.orElse("absent (no such document)"));
        }
        if (ifNoneMatch != null && matchesAny(ifNoneMatch, currentEtag)) {
            throw new XapiException(
                    XapiErrorKind.PRECONDITION_FAILED,
                    "If-None-Match: the document exists with ETag " + currentEtag.orElseThrow());
        }
    }

    /** As {@link #check}, plus the PUT rule: overwriting an existing document needs one of the two headers. */
    public static void checkPut(String ifMatch, String ifNoneMatch, Optional<String> currentEtag) {
        if (ifMatch == null && ifNoneMatch == null && currentEtag.isPresent()) {
            throw new XapiException(
                    XapiErrorKind.CONFLICT,
                    "the document already exists: send If-Match with its ETag " + currentEtag.get()
                            + " to overwrite it, or If-None-Match: * to create only");
        }
        check(ifMatch, ifNoneMatch, currentEtag);
    }

    /**
     * The stricter PUT rule of the 1.0.3 profile resources: one of the two headers on every PUT. Over an existing
     * document the answer stays the 409 of {@link #checkPut}; creating one without a header is a 400.
     */
    public static void requireOne(String ifMatch, String ifNoneMatch, Optional<String> currentEtag) {
        if (ifMatch == null && ifNoneMatch == null && currentEtag.isEmpty()) {
            throw XapiException.badRequest("If-Match / If-None-Match: xAPI 1.0.3 requires one of them on a PUT to a"
                    + " profile resource; send If-None-Match: * to create the document");
        }
    }

    /** Whether a header value ({@code *} or a list of entity tags) matches the current ETag. */
    static boolean matchesAny(String header, Optional<String> currentEtag) {
        if (currentEtag.isEmpty()) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        String current = opaque(currentEtag.get());
        return Arrays.stream(header.split(",")).map(Preconditions::opaque).anyMatch(current::equals);
    }

    /** The opaque tag without a weak prefix or quotes, so {@code W/"a"}, {@code "a"} and {@code a} compare equal. */
    private static String opaque(String tag) {
        String t = tag.trim();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
