package org.pathwise.learning.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A route through the content for one role (e.g. "new hire" vs "experienced"): its steps are modules or item banks.
 * The content model orders the steps so that prerequisites come first, keeping the given order otherwise.
 *
 * @param id the pathway id
 * @param title the name shown to learners
 * @param role the role it is meant for
 * @param steps module and item bank ids
 * @param dueDate when learners should have finished it, or {@code null}
 */
public record Pathway(String id, String title, String role, List<String> steps, Instant dueDate) {

    public Pathway {
        Objects.requireNonNull(id, "id");
        title = title == null || title.isBlank() ? id : title;
        steps = List.copyOf(steps);
        if (steps.stream().distinct().count() != steps.size()) {
            throw new ContentException(ContentException.Kind.DUPLICATE_ID, "pathway '" + id + "' lists a step twice");
        }
    }
}
