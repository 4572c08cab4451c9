package org.pathwise.lrs.http;

/** Names of the headers the xAPI plumbing reads and writes. */
public final class XapiHeaders {
    public static final String VERSION = "X-Experience-API-Version";
    public static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";

    private XapiHeaders() {}
}
