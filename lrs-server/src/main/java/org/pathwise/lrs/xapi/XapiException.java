package org.pathwise.lrs.xapi;

/** The one unchecked exception of the xAPI library; its kind decides the HTTP status. */
public class XapiException extends RuntimeException {
    private final XapiErrorKind kind;

    public XapiException(XapiErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public XapiException(XapiErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public XapiErrorKind kind() {
        return kind;
    }

    public static XapiException badRequest(String message) {
        return new XapiException(XapiErrorKind.BAD_REQUEST, message);
    }
}
