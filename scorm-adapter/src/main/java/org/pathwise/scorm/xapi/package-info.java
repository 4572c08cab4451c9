/** SCORM run-time events turned into xAPI statements following ADL's xAPI SCORM Profile; pure, JSON via Jackson. */
package org.pathwise.scorm.xapi;
