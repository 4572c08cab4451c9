package org.pathwise.scorm.manifest;

/** {@code adlcp:data/adlcp:map} (SCORM 2004 4th Edition): a shared data bucket the SCO may read and write. */
public record SharedDataMap(String targetId, boolean readSharedData, boolean writeSharedData) {}
