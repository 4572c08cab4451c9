package org.pathwise.lti.core.services;

/**
 * A platform service call failed. The kind says what the caller should do: refresh and retry (UNAUTHORIZED, after
 * one automatic retry), ask for the scope (FORBIDDEN), recreate or flag the line item (NOT_FOUND), stop for a closed
 * course (UNPROCESSABLE, Canvas's concluded course), fix the data (REJECTED, e.g. Moodle's "Incorrect score
 * received" for a user who is not gradable), or retry later (UNAVAILABLE).
 */
public final class ServiceException extends RuntimeException {
    /** What went wrong. */
    public enum Kind {
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        UNPROCESSABLE,
        REJECTED,
        UNAVAILABLE,
        INVALID_RESPONSE
    }

    private final Kind kind;
    private final int status;

    public ServiceException(Kind kind, int status, String message) {
        super(kind + " (" + status + "): " + message);
        this.kind = kind;
        this.status = status;
    }

    public static ServiceException of(HttpResponse response, String what) {
        int status = response.status();
        Kind kind =
                switch (status) {
                    case 401 -> Kind.UNAUTHORIZED;
                    case 403 -> Kind.FORBIDDEN;
                    case 404, 410 -> Kind.NOT_FOUND;
                    case 422 -> Kind.UNPROCESSABLE;
                    default -> status >= 500 || status == 429 ? Kind.UNAVAILABLE : Kind.REJECTED;
                };
        String body = response.body() == null ? "" : response.body();
        return new ServiceException(kind, status, what + ": " + body.substring(0, Math.min(body.length(), 300)));
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int status() {
        return status;
    }
}
