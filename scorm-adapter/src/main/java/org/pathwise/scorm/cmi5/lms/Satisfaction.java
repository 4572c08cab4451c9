package org.pathwise.scorm.cmi5.lms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Block;
import org.pathwise.scorm.cmi5.Cmi5Course;
import org.pathwise.scorm.cmi5.CourseNode;

/**
 * Which blocks and whether the course are satisfied: every AU in them has met its moveOn (cmi5 §9.3.9). Blocks come
 * innermost first, the course last, so that "satisfied" statements go out in that order.
 */
public final class Satisfaction {

    private Satisfaction() {}

    /**
     * @param statuses by AU publisher id; a missing AU has no status yet
     * @return the satisfied blocks (publisher ids) followed by the course id when the course is satisfied
     */
    public static List<String> satisfied(Cmi5Course course, Map<String, AuStatus> statuses) {
        List<String> out = new ArrayList<>();
        boolean all = collect(course.children(), statuses, out);
        if (all) {
            out.add(course.id());
        }
        return out;
    }

    private static boolean collect(List<CourseNode> nodes, Map<String, AuStatus> statuses, List<String> out) {
        boolean all = true;
        for (CourseNode node : nodes) {
            if (node instanceof AssignableUnit au) {
                all &= MoveOnRules.met(au.moveOn(), statuses.getOrDefault(au.id(), AuStatus.NOTHING));
            } else if (node instanceof Block block) {
                boolean met = collect(block.children(), statuses, out);
                if (met) {
                    out.add(block.id());
                }
                all &= met;
            }
        }
        return all;
    }
}
