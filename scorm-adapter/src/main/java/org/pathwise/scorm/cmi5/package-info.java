/** Parsing and validation of a cmi5 {@code cmi5.xml} course structure (cmi5 §13–14) into an immutable model. */
package org.pathwise.scorm.cmi5;
