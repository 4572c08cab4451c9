package org.pathwise.player.cmi5;

import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.lms.Cmi5Launch;
import org.pathwise.scorm.cmi5.lms.CourseIds;

/** A registration with its course and the LMS-made ids: what every LMS statement of the registration needs. */
public record Enrollment(String toolUrl, Registration registration, Cmi5Course course, CourseIds ids) {

    /** A session of an AU of this registration, as LMS statements describe it. */
    public Cmi5Launch session(AssignableUnit au, String sessionId, String launchMode, String returnUrl) {
        return new Cmi5Launch(
                toolUrl, registration.learnerId(), registration.id(), sessionId, ids.au(au), au, launchMode, returnUrl);
    }

    public AssignableUnit au(int position) {
        return course.assignableUnits().get(position);
    }
}
