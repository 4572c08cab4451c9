package org.pathwise.scorm.cmi5;

import java.util.List;

/** A {@code block}: a titled group of AUs and nested blocks, satisfied when all of them meet moveOn. */
public record Block(
        String id, LocalizedText title, LocalizedText description, List<String> objectiveIds, List<CourseNode> children)
        implements CourseNode {

    public Block {
        objectiveIds = List.copyOf(objectiveIds);
        children = List.copyOf(children);
    }
}
