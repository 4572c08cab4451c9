package org.pathwise.tool.platform;

/** A failure the client caused or must know about; its kind decides the HTTP status. */
public class ApiException extends RuntimeException {

    /** Kinds of failure, each with its HTTP status. */
    public enum Kind {
        BAD_REQUEST(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        PRECONDITION_FAILED(412),
        TOO_LARGE(413),
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public ApiException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
