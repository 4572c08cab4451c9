package org.pathwise.lti.core.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The roles claim as sent ({@code raw}, in order) and as mapped to Pathwise's {@link Role} set. */
public record Roles(List<String> raw, Set<Role> mapped) {
    public Roles {
        raw = List.copyOf(raw);
        mapped = mapped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mapped));
    }

    /** Maps each role string, in any form LTI platforms use, to the role set. */
    public static Roles of(List<String> raw) {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        raw.forEach(role -> RoleMapper.map(role).ifPresent(mapped::add));
        return new Roles(raw, mapped);
    }

    public boolean has(Role role) {
        return mapped.contains(role);
    }

    public boolean isStaff() {
        return mapped.stream().anyMatch(Role::isStaff);
    }

    public boolean isEmpty() {
        return mapped.isEmpty();
    }
}
