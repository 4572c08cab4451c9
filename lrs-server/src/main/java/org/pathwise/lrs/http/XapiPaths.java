package org.pathwise.lrs.http;

/**
 * Which requests the xAPI filters govern: every path of the application except the admin API; the About resource
 * needs neither credential nor version header.
 */
public final class XapiPaths {
    private XapiPaths() {}

    /** @param path the path relative to the application root, as JAX-RS gives it ({@code statements}) */
    public static boolean isXapi(String path) {
        String p = trim(path);
        return !(p.equals("admin") || p.startsWith("admin/"));
    }

    /** Whether the path is open: no credential and no version header needed. */
    public static boolean isOpen(String path) {
        return trim(path).equals("about");
    }

    /** Whether the path is the Statement Resource (or its {@code more} pages). */
    public static boolean isStatements(String path) {
        String p = trim(path);
        return p.equals("statements") || p.startsWith("statements/");
    }

    private static String trim(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
