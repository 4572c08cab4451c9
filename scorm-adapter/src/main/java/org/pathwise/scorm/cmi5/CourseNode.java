package org.pathwise.scorm.cmi5;

/** A child of the course or of a block: a nested block or an AU. */
public sealed interface CourseNode permits Block, AssignableUnit {

    /** The publisher id (an IRI). */
    String id();

    LocalizedText title();
}
