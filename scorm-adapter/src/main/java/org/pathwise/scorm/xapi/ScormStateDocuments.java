package org.pathwise.scorm.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.ScormVersion;

/**
 * The xAPI SCORM Profile's State documents (Profile §5 "Providing support data", Appendix "SCORM Activity State" /
 * "SCORM Activity Attempt State"; ADL's SCORM-to-xAPI wrapper names the same fields):
 *
 * <ul>
 *   <li>activity state {@value #ACTIVITY_STATE}, activity = the SCO IRI, agent = the learner:
 *       {@code {"attempts": [<attempt IRI>, …]}}, first attempt to latest;
 *   <li>attempt state {@value #ATTEMPT_STATE}, activity = the attempt IRI, agent = the learner: {@code credit},
 *       {@code mode}, {@code location}, {@code suspend_data}, {@code total_time} (ISO 8601, 0.01 s) and
 *       {@code preferences} ({@code language}, {@code audio_level}, {@code delivery_speed},
 *       {@code audio_captioning}), each only when known.
 * </ul>
 */
public final class ScormStateDocuments {

    public static final String ACTIVITY_STATE = "https://w3id.org/xapi/scorm/activity-state";
    public static final String ATTEMPT_STATE = "https://w3id.org/xapi/scorm/attempt-state";

    /** The language pattern of the Profile's attempt-state schema. */
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(?:-[A-Z]{2,3}(?:-[a-zA-Z]{4})?)?$");

    private ScormStateDocuments() {}

    /** The learner as the statements' actor: an account on the tool, the pseudonymous learner id. */
    public static ObjectNode agent(String homePage, String learnerId) {
        ObjectNode agent = StatementJson.object().put("objectType", "Agent");
        agent.putObject("account").put("homePage", homePage).put("name", learnerId);
        return agent;
    }

    /** The activity state: the attempt IRIs of the SCO for the learner, oldest first. */
    public static ObjectNode activityState(List<String> attemptIris) {
        ObjectNode doc = StatementJson.object();
        attemptIris.forEach(doc.putArray("attempts")::add);
        return doc;
    }

    /** The attempt state from the attempt's run-time data and its total time across sessions. */
    public static ObjectNode attemptState(ScormVersion v, CmiData cmi, Duration totalTime) {
        ObjectNode doc = StatementJson.object();
        cmi.get(v.credit())
                .filter(c -> c.equals("credit") || c.equals("no-credit"))
                .ifPresent(c -> doc.put("credit", c));
        cmi.get(v.mode())
                .filter(m -> m.equals("normal") || m.equals("browse") || m.equals("review"))
                .ifPresent(m -> doc.put("mode", m));
        cmi.get(v.location()).ifPresent(l -> doc.put("location", l));
        cmi.get("cmi.suspend_data").ifPresent(s -> doc.put("suspend_data", s));
        if (totalTime != null) {
            doc.put("total_time", StatementJson.iso(totalTime));
        }
        ObjectNode prefs = preferences(v, cmi);
        if (!prefs.isEmpty()) {
            doc.set("preferences", prefs);
        }
        return doc;
    }

    private static ObjectNode preferences(ScormVersion v, CmiData cmi) {
        ObjectNode p = StatementJson.object();
        String base = v == ScormVersion.SCORM_12 ? "cmi.student_preference." : "cmi.learner_preference.";
        cmi.get(base + "language").filter(l -> LANGUAGE.matcher(l).matches()).ifPresent(l -> p.put("language", l));
        nonNegative(cmi, base + (v == ScormVersion.SCORM_12 ? "audio" : "audio_level"))
                .ifPresent(a -> p.put("audio_level", a));
        if (v == ScormVersion.SCORM_2004) {
            nonNegative(cmi, base + "delivery_speed").ifPresent(s -> p.put("delivery_speed", s));
        }
        cmi.decimal(base + (v == ScormVersion.SCORM_12 ? "text" : "audio_captioning"))
                .filter(c -> c.compareTo(BigDecimal.ONE.negate()) == 0
                        || c.signum() == 0
                        || c.compareTo(BigDecimal.ONE) == 0)
                .ifPresent(c -> p.put("audio_captioning", c.intValue()));
        return p;
    }

    private static Optional<BigDecimal> nonNegative(CmiData cmi, String element) {
        return cmi.decimal(element).filter(d -> d.signum() >= 0);
    }
}
