package org.pathwise.lrs.xapi.validation;

import java.util.List;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;

/** A request that breaks xAPI rules (400); carries every violation found, in document order. */
public final class ValidationException extends XapiException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(XapiErrorKind.BAD_REQUEST, message(violations));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String path, String rule) {
        this(List.of(new Violation(path, rule)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation, the one a short error message leads with. */
    public Violation first() {
        return violations.get(0);
    }

    private static String message(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        StringBuilder text = new StringBuilder(violations.get(0).toString());
        int shown = Math.min(violations.size(), 10);
        for (int i = 1; i < shown; i++) {
            text.append("; ").append(violations.get(i));
        }
        if (violations.size() > shown) {
            text.append("; and ").append(violations.size() - shown).append(" more");
        }
        return text.toString();
    }
}
