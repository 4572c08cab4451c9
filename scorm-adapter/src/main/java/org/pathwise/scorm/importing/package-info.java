/**
 * The import pipeline: spool an upload under a size limit, unzip it safely (zip-slip, zip bombs), detect and parse the
 * package, check its launch files, and move it into place only when all of that succeeded.
 */
package org.pathwise.scorm.importing;
