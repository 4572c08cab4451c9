/** SCORM 2004 sequencing in the player: the learner's sequencing state per package and navigation through it. */
package org.pathwise.player.sequencing;
