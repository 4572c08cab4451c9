/** The IMS Simple Sequencing (imsss) and ADL sequencing extensions (adlseq) of a SCORM 2004 manifest, as read. */
package org.pathwise.scorm.manifest.sequencing;
