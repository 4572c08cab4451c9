package org.pathwise.scorm.xapi;

import java.time.Duration;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.runtime.ScormVersion;

/**
 * One commit of a SCO compared with the state stored before it.
 *
 * @param before the attempt's data before this commit ({@link CmiData#EMPTY} for none)
 * @param after the data committed
 * @param judgedBefore the LMS's judgement of {@code before}
 * @param judgedAfter the LMS's judgement of {@code after}
 * @param terminated the SCO called LMSFinish / Terminate
 * @param sessionTime the session's time as reported (or measured), null when unknown
 */
public record CommitChange(
        ScormVersion version,
        CmiData before,
        CmiData after,
        Judgement judgedBefore,
        Judgement judgedAfter,
        boolean terminated,
        Duration sessionTime) {}
