package org.pathwise.lrs.xapi;

/** What went wrong, in terms the HTTP layer maps one-to-one onto a status code. */
public enum XapiErrorKind {
    BAD_REQUEST(400),
    NOT_FOUND(404),
    CONFLICT(409),
    PRECONDITION_FAILED(412);

    private final int status;

    XapiErrorKind(int status) {
        this.status = status;
    }

    /** The HTTP status the resource layer answers with. */
    public int status() {
        return status;
    }
}
