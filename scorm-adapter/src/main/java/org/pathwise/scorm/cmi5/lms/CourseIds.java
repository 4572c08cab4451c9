package org.pathwise.scorm.cmi5.lms;

import java.util.List;
import org.pathwise.scorm.cmi5.AssignableUnit;
import org.pathwise.scorm.cmi5.Block;
import org.pathwise.scorm.cmi5.Cmi5Course;

/**
 * The activity ids the LMS makes for a course it imported (cmi5 §8.1.5, §9.4): never the publisher's ids, the same
 * in every registration. {@code <base>/au/<n>}, {@code <base>/block/<n>} and {@code <base>/course}, numbered in
 * document order, where the base is {@code <tool>/activities/cmi5/<packageId>}.
 */
public record CourseIds(String base, Cmi5Course structure) {

    public static CourseIds of(String toolUrl, String packageId, Cmi5Course course) {
        return new CourseIds(toolUrl + "/activities/cmi5/" + packageId, course);
    }

    public String au(AssignableUnit au) {
        return base + "/au/" + indexOf(structure.assignableUnits(), au.id());
    }

    public String block(Block block) {
        return base + "/block/" + indexOf(structure.blocks(), block.id());
    }

    public String course() {
        return base + "/course";
    }

    /** The LMS id of a block or of the course, by publisher id. */
    public String node(String publisherId) {
        if (publisherId.equals(structure.id())) {
            return course();
        }
        return structure.blocks().stream()
                .filter(b -> b.id().equals(publisherId))
                .findFirst()
                .map(this::block)
                .orElseThrow(() -> new IllegalArgumentException("no block " + publisherId));
    }

    private static int indexOf(List<? extends org.pathwise.scorm.cmi5.CourseNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the course: " + id);
    }
}
