package org.pathwise.scorm.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The activity IRIs of one SCO in the xAPI SCORM Profile's pattern: {@code <courseIRI>/<sco>},
 * {@code <scoIRI>/interactions/<id>}, {@code <scoIRI>/objectives/<id>}, attempt {@code <scoIRI>?attemptId=<uuid>}.
 *
 * @param courseIri the package, e.g. {@code https://tool.example/activities/scorm/<packageId>}
 * @param scoIri the SCO within it
 */
public record ScormActivities(String courseIri, String courseTitle, String scoIri, String scoTitle) {

    /** The IRIs for a SCO of a package stored by the tool at {@code toolUrl}. */
    public static ScormActivities of(
            String toolUrl, String packageId, String courseTitle, String itemId, String title) {
        String base = toolUrl.endsWith("/") ? toolUrl.substring(0, toolUrl.length() - 1) : toolUrl;
        String course = base + "/activities/scorm/" + encode(packageId);
        return new ScormActivities(course, courseTitle, course + "/" + encode(itemId), title);
    }

    public String attemptIri(UUID attemptId) {
        return scoIri + "?attemptId=" + attemptId;
    }

    public String interactionIri(String interactionId) {
        return scoIri + "/interactions/" + encode(interactionId);
    }

    public String objectiveIri(String objectiveId) {
        return scoIri + "/objectives/" + encode(objectiveId);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
