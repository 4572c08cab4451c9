package org.pathwise.scorm.cmi5;

/** A course-level {@code objectives/objective}; blocks and AUs reference it by id. */
public record Cmi5Objective(String id, LocalizedText title, LocalizedText description) {}
