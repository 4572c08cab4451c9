package org.pathwise.scorm.cmi5.lms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pathwise.scorm.cmi5.AssignableUnit;

/** The {@code LMS.LaunchData} state document written before a launch (cmi5 §10). */
public final class LaunchData {

    public static final String STATE_ID = "LMS.LaunchData";

    private LaunchData() {}

    public static ObjectNode of(Cmi5Launch launch) {
        AssignableUnit au = launch.au();
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.set("contextTemplate", contextTemplate(au.id(), launch.sessionId()));
        doc.put("launchMode", launch.launchMode());
        doc.put("moveOn", au.moveOn().xmlValue());
        if (au.masteryScore() != null) {
            doc.put("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null) {
            doc.put("launchParameters", au.launchParameters());
        }
        if (au.entitlementKey() != null) {
            doc.putObject("entitlementKey").put("courseStructure", au.entitlementKey());
        }
        if (launch.returnUrl() != null) {
            doc.put("returnURL", launch.returnUrl());
        }
        return doc;
    }

    /** The session id extension and the publisher id in grouping (cmi5 §10.2.1). */
    public static ObjectNode contextTemplate(String publisherId, String sessionId) {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.putObject("contextActivities")
                .putArray("grouping")
                .addObject()
                .put("objectType", "Activity")
                .put("id", publisherId);
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, sessionId);
        return context;
    }
}
