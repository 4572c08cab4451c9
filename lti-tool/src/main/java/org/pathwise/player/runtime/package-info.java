/** The SCORM run-time's server side: commits from scorm-again (XHR and page-close beacons), judged, stored, mapped to xAPI. */
package org.pathwise.player.runtime;
