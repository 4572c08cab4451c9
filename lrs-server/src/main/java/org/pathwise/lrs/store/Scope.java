package org.pathwise.lrs.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The xAPI authorization scopes a credential may hold (xAPI 1.0.3 §4.2 "OAuth Authorization Scope"). */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ("statements/read"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile"),
    ALL_READ("all/read"),
    ALL("all");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Scope parse(String value) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + value + "'; known: "
                        + Arrays.stream(values()).map(Scope::value).toList()));
    }

    public static Set<Scope> parseAll(Collection<String> values) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        values.forEach(v -> scopes.add(parse(v)));
        return scopes;
    }

    /** Whether a credential holding {@code granted} may do what {@code needed} allows. */
    public static boolean permits(Set<Scope> granted, Scope needed) {
        if (granted.contains(ALL) || granted.contains(needed)) {
            return true;
        }
        boolean readOnly = needed == STATEMENTS_READ || needed == STATEMENTS_READ_MINE;
        return granted.contains(ALL_READ) && readOnly
                || needed == STATEMENTS_READ_MINE && granted.contains(STATEMENTS_READ);
    }
}
