package org.pathwise.lrs.documents;

/** The body of a PUT or POST and its Content-Type ({@code application/octet-stream} when the request had none). */
public record Upload(byte[] content, String contentType) {

    public static final String DEFAULT_TYPE = "application/octet-stream";

    public Upload {
        content = content == null ? new byte[0] : content;
        contentType = contentType == null || contentType.isBlank() ? DEFAULT_TYPE : contentType.trim();
    }
}
