package org.pathwise.lrs.xapi;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The versions a deployment serves, from a comma-separated list such as {@code 1.0.3,2.0.0}; each entry may
     * name any patch ({@code 1.0}, {@code 2.0.1}). In enum order (oldest first), without repeats.
     *
     * @throws IllegalArgumentException naming the entry that is not an xAPI version this LRS can serve
     */
    public static List<XapiVersion> parseList(String list) {
        List<XapiVersion> served = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            XapiVersion version = fromHeader(entry)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "xAPI version " + entry.trim() + " is not one this LRS serves (1.0.3, 2.0.0)"));
            if (!served.contains(version)) {
                served.add(version);
            }
        }
        if (served.isEmpty()) {
            throw new IllegalArgumentException("at least one xAPI version must be served (1.0.3, 2.0.0)");
        }
        served.sort(null);
        return List.copyOf(served);
    }
}
