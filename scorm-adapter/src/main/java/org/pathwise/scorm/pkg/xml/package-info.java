/** Secure XML reading (no DOCTYPE, no external entities) into a small immutable element tree with line numbers. */
package org.pathwise.scorm.pkg.xml;
