package org.pathwise.lrs.xapi.validation;

import java.util.regex.Pattern;

/** Predicates for the string formats xAPI prescribes (Data 4.3 IRIs, 4.4 UUIDs, 4.6 durations, IFIs, media types). */
public final class Formats {
    private static final Pattern UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern SHA2 =
            Pattern.compile("^([0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$");
    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$", Pattern.CASE_INSENSITIVE);
    private static final String NUM = "\\d+";
    private static final String DEC = "\\d+(?:[.,]\\d+)?";
    private static final Pattern DURATION = Pattern.compile("^P(?:(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM
            + "D)?(?:T(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + DEC + "S)?)?|" + NUM + "W)$");
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^" + TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*\\s*$");

    private Formats() {}

    /** An absolute IRI: a scheme, a colon, something after it, and no character an IRI may not hold. */
    public static boolean isIri(String value) {
        // as a loop (every statement has a dozen IRIs): ^[A-Za-z][A-Za-z0-9+.-]*:.+ and none of
        // [\s<>"{}|\\^`\x00-\x1F\x7F] anywhere
        int n = value.length();
        if (n < 3 || !isAsciiLetter(value.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n && isSchemeChar(value.charAt(i))) {
            i++;
        }
        if (i >= n - 1 || value.charAt(i) != ':') {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = value.charAt(k);
            if (c <= ' ' || c == 0x7F || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    public static boolean isUuid(String value) {
        return UUID.matcher(value).matches();
    }

    public static boolean isMailto(String value) {
        return MAILTO.matcher(value).matches() && isIri(value);
    }

    public static boolean isSha1Hex(String value) {
        return SHA1.matcher(value).matches();
    }

    /** A hex SHA-2 digest of one of the four SHA-2 lengths (224, 256, 384, 512 bits). */
    public static boolean isSha2Hex(String value) {
        return SHA2.matcher(value).matches();
    }

    /** An ISO 8601 duration: {@code PnYnMnDTnHnMnS} with at least one part, or {@code PnW}. */
    public static boolean isDuration(String value) {
        return DURATION.matcher(value).matches() && !value.endsWith("T") && !"P".equals(value);
    }

    /** An Internet media type ({@code type/subtype; param=value}). */
    public static boolean isMediaType(String value) {
        return MEDIA_TYPE.matcher(value).matches();
    }
}
