package org.pathwise.scorm.pkg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * URL and path arithmetic inside a package: xml:base chaining, SCORM item parameters, and turning a launch URL into
 * the package file it points at.
 */
public final class PackagePaths {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private PackagePaths() {}

    /**
     * True for a URL with a scheme (http:, https:, ...) or a protocol-relative one (//host/...). A one-letter
     * "scheme" is a Windows drive letter, not a URL.
     */
    public static boolean isAbsolute(String url) {
        return SCHEME.matcher(url).matches() || url.startsWith("//");
    }

    /**
     * Resolves {@code relative} against {@code base} the way xml:base chains in a manifest: an absolute reference
     * replaces the base; otherwise the base is taken as a folder (a missing trailing slash is added, as authors
     * routinely omit it) and the reference appended.
     */
    public static String resolve(String base, String relative) {
        if (base == null || base.isEmpty() || isAbsolute(relative) || relative.startsWith("/")) {
            return relative;
        }
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }

    /**
     * Appends SCORM item parameters to a launch URL (CAM: strip a leading '?' or '&amp;'; a '#' fragment is kept only
     * when the URL has none; otherwise join with '&amp;' when the URL already has a query, '?' when not).
     */
    public static String appendParameters(String url, String parameters) {
        String params = parameters == null ? "" : parameters.trim();
        while (params.startsWith("?") || params.startsWith("&")) {
            params = params.substring(1);
        }
        if (params.isEmpty()) {
            return url;
        }
        if (params.startsWith("#")) {
            return url.contains("#") ? url : url + params;
        }
        int hash = url.indexOf('#');
        String head = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String joiner = !head.contains("?") ? "?" : head.endsWith("?") || head.endsWith("&") ? "" : "&";
        return head + joiner + params + fragment;
    }

    /**
     * The package file a relative launch URL points at: query and fragment removed, percent-escapes decoded, "." and
     * ".." segments resolved. Empty for an absolute URL (nothing to find in the package).
     *
     * @throws IllegalArgumentException when the path is empty, starts with '/' or climbs above the package root
     */
    public static Optional<String> localFile(String url) {
        if (isAbsolute(url)) {
            return Optional.empty();
        }
        String path = url;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        return Optional.of(normalize(percentDecode(path)));
    }

    /** Resolves "." and ".." in a relative '/'-separated path; rejects absolute paths and escapes above the root. */
    public static String normalize(String path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the path is empty");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("\"" + path + "\" is absolute; package paths must be relative");
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new IllegalArgumentException("\"" + path + "\" points outside the package");
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("\"" + path + "\" names no file");
        }
        return String.join("/", segments);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                escaped.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                flush(escaped, out).append(c);
            }
        }
        return flush(escaped, out).toString();
    }

    private static StringBuilder flush(ByteArrayOutputStream escaped, StringBuilder out) {
        if (escaped.size() > 0) {
            out.append(escaped.toString(StandardCharsets.UTF_8));
            escaped.reset();
        }
        return out;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
