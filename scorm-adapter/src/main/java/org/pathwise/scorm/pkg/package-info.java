/** The content package model shared by every standard (SCORM 1.2, SCORM 2004, cmi5), its detection and its errors. */
package org.pathwise.scorm.pkg;
