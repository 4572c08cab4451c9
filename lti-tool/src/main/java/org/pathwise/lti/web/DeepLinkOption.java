package org.pathwise.lti.web;

/**
 * Something an instructor can place in a course through Deep Linking.
 *
 * @param kind {@code pathway} or {@code content}; it becomes the custom parameter name of the placed link
 * @param id the pathway or content id, passed back in every launch of the placed link
 */
public record DeepLinkOption(String kind, String id, String title, String description) {

    public DeepLinkOption {
        if (!"pathway".equals(kind) && !"content".equals(kind)) {
            throw new IllegalArgumentException("kind is pathway or content: " + kind);
        }
        if (id == null || id.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a deep link option needs an id and a title");
        }
    }

    /** The value of the picker's form field. */
    public String key() {
        return kind + ":" + id;
    }
}
