package org.pathwise.lrs.cmi5;

/** A statement breaks a cmi5 rule; {@code rule} is the spec section it enforces ({@code "9.3.2"}). */
public class Cmi5Violation extends RuntimeException {

    private final String rule;

    public Cmi5Violation(String rule, String message) {
        super("cmi5 §" + rule + ": " + message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
