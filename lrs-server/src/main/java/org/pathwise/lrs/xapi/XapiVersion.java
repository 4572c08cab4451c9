package org.pathwise.lrs.xapi;

import java.util.Optional;

/** The xAPI versions this LRS serves; rules that differ between them branch on this enum. */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    /** The value this LRS sends in {@code X-Experience-API-Version} and stores in {@code version}. */
    public String header() {
        return header;
    }

    /**
     * Maps a request's {@code X-Experience-API-Version} header: any 1.0.x is served as 1.0.3, any 2.0.x as 2.0.0.
     *
     * @return empty when the header is missing or names a version this LRS does not serve
     */
    public static Optional<XapiVersion> fromHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("1\\.0(\\.\\d+)?")) {
            return Optional.of(V1_0_3);
        }
        if (v.matches("2\\.0(\\.\\d+)?")) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }

    /** Whether a statement's own {@code version} property is acceptable when received under this version. */
    public boolean acceptsStatementVersion(String value) {
        if (value.matches("1\\.0(\\.\\d+)?")) {
            return true;
        }
        return this == V2_0_0 && value.matches("2\\.0(\\.\\d+)?");
    }
}
