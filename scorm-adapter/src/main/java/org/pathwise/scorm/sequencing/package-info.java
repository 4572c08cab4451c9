/** The SCORM 2004 (IMS Simple Sequencing) engine: activity tree, tracking state, rollup, rules and navigation. */
package org.pathwise.scorm.sequencing;
