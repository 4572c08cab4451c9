/** Parsing of a SCORM 1.2 / 2004 {@code imsmanifest.xml} into an immutable model with resolved launch URLs. */
package org.pathwise.scorm.manifest;
