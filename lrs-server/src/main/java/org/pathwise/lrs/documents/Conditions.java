package org.pathwise.lrs.documents;

/** The request's If-Match and If-None-Match headers, each null when absent. */
public record Conditions(String ifMatch, String ifNoneMatch) {

    public static Conditions none() {
        return new Conditions(null, null);
    }
}
