package org.pathwise.lrs.cmi5;

/** What earlier sessions of the same AU within the registration stored (cmi5 §9.3, "within a registration"). */
public record RegistrationHistory(boolean completed, boolean passed) {
    public static final RegistrationHistory NONE = new RegistrationHistory(false, false);
}
