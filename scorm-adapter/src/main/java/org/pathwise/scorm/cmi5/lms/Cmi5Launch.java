package org.pathwise.scorm.cmi5.lms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.pathwise.scorm.cmi5.AssignableUnit;

/**
 * One AU launch session as the LMS fixes it.
 *
 * @param homePage the tool's URL, home page of the actor's account
 * @param learnerId the pseudonymous learner id, the account name (no PII, cmi5 §8.1.3)
 * @param activityId the LMS-made AU activity id ({@link CourseIds#au})
 * @param launchMode Normal, Browse or Review
 * @param returnUrl where the AU sends the learner on exit, null for none
 */
public record Cmi5Launch(
        String homePage,
        String learnerId,
        String registration,
        String sessionId,
        String activityId,
        AssignableUnit au,
        String launchMode,
        String returnUrl) {

    /** The launch actor (cmi5 §9.2): an Agent with an account, no name or email. */
    public ObjectNode actor() {
        return actor(homePage, learnerId);
    }

    public static ObjectNode actor(String homePage, String learnerId) {
        ObjectNode actor = JsonNodeFactory.instance.objectNode();
        actor.put("objectType", "Agent");
        actor.putObject("account").put("homePage", homePage).put("name", learnerId);
        return actor;
    }

    public BigDecimal masteryScore() {
        return au.masteryScore();
    }
}
