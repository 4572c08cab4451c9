package org.pathwise.scorm.xapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Durations;
import org.pathwise.scorm.runtime.ScormVersion;

/** {@code cmi.interactions.n} rows whose learner response is new in a commit, as {@code responded} statements. */
final class Interactions {

    private static final Set<String> TYPES = Set.of(
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other");

    private Interactions() {}

    static List<ObjectNode> responded(StatementContext ctx, CommitChange change) {
        List<ObjectNode> out = new ArrayList<>();
        CmiData after = change.after();
        ScormVersion v = change.version();
        int count = after.count("cmi.interactions");
        for (int n = 0; n < count; n++) {
            String row = "cmi.interactions." + n + ".";
            Optional<String> id = after.get(row + "id");
            Optional<String> response = after.get(v.interactionResponse(n));
            boolean unchanged = response.equals(change.before().get(v.interactionResponse(n)))
                    && id.equals(change.before().get(row + "id"));
            if (id.isPresent() && response.isPresent() && !unchanged) {
                out.add(statement(ctx, after, v, n, id.get(), response.get()));
            }
        }
        return out;
    }

    private static ObjectNode statement(
            StatementContext ctx, CmiData cmi, ScormVersion v, int n, String id, String response) {
        String row = "cmi.interactions." + n + ".";
        ObjectNode object =
                StatementJson.activity(ctx.activities().interactionIri(id), null, StatementJson.TYPE_INTERACTION);
        ObjectNode def = (ObjectNode) object.get("definition");
        cmi.get(row + "description").ifPresent(d -> def.putObject("description").put("en-US", d));
        cmi.get(row + "type").filter(TYPES::contains).ifPresent(t -> def.put("interactionType", t));
        ArrayNode patterns = StatementJson.array();
        for (int k = 0; cmi.get(row + "correct_responses." + k + ".pattern").isPresent(); k++) {
            patterns.add(cmi.getOrEmpty(row + "correct_responses." + k + ".pattern"));
        }
        if (!patterns.isEmpty() && def.has("interactionType")) {
            def.set("correctResponsesPattern", patterns);
        }
        ObjectNode s = StatementJson.statement(ctx, ScormVerb.RESPONDED, object, "interaction-" + n);
        ObjectNode result = s.putObject("result").put("response", response);
        cmi.get(row + "result").flatMap(Interactions::success).ifPresent(ok -> result.put("success", ok));
        cmi.get(row + "latency")
                .flatMap(l -> Durations.parse(v, l))
                .ifPresent(d -> result.put("duration", StatementJson.iso(d)));
        return s;
    }

    private static Optional<Boolean> success(String result) {
        return switch (result) {
            case "correct" -> Optional.of(true);
            case "wrong", "incorrect" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
