package org.pathwise.learning.content;

import java.util.Objects;

/**
 * One competency (skill) of a framework.
 *
 * @param id its identifier (a CASE CFItem identifier, or the CSV id); also the learner model's skill id
 * @param name the name shown to learners and instructors
 * @param parentId the broader competency it belongs to, or {@code null} at the top of the hierarchy
 */
public record Competency(String id, String name, String parentId) {

    public Competency {
        if (id == null || id.isBlank()) {
            throw ContentException.invalid("a competency needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        parentId = parentId == null || parentId.isBlank() ? null : parentId;
        if (Objects.equals(id, parentId)) {
            throw new ContentException(ContentException.Kind.CYCLE, "competency '" + id + "' is its own parent");
        }
    }
}
