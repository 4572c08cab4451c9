package org.pathwise.lrs.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Result and Score (Data 2.4.5). */
final class ResultRules {
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private ResultRules() {}

    static void result(Checker c, JsonNode node, String path) {
        if (!c.object(node, path)) {
            return;
        }
        c.onlyKeys(node, path, Set.of("score", "success", "completion", "response", "duration", "extensions"));
        c.get(node, path, "score", false).ifPresent(s -> score(c, s, Checker.at(path, "score")));
        c.bool(node, path, "success");
        c.bool(node, path, "completion");
        c.text(node, path, "response", false);
        c.text(node, path, "duration", false).ifPresent(d -> {
            if (!Formats.isDuration(d)) {
                c.fail(Checker.at(path, "duration"), "must be an ISO 8601 duration");
            }
        });
        c.extensions(node, path, "extensions");
    }

    private static void score(Checker c, JsonNode score, String path) {
        if (!c.object(score, path)) {
            return;
        }
        c.onlyKeys(score, path, Set.of("scaled", "raw", "min", "max"));
        Optional<BigDecimal> scaled = number(c, score, path, "scaled");
        Optional<BigDecimal> raw = number(c, score, path, "raw");
        Optional<BigDecimal> min = number(c, score, path, "min");
        Optional<BigDecimal> max = number(c, score, path, "max");
        scaled.ifPresent(s -> {
            if (s.compareTo(MINUS_ONE) < 0 || s.compareTo(BigDecimal.ONE) > 0) {
                c.fail(Checker.at(path, "scaled"), "must be between -1 and 1");
            }
        });
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            c.fail(Checker.at(path, "min"), "must not be greater than max");
        }
        raw.ifPresent(r -> {
            if (min.isPresent() && r.compareTo(min.get()) < 0) {
                c.fail(Checker.at(path, "raw"), "must not be less than min");
            }
            if (max.isPresent() && r.compareTo(max.get()) > 0) {
                c.fail(Checker.at(path, "raw"), "must not be greater than max");
            }
        });
    }

    private static Optional<BigDecimal> number(Checker c, JsonNode obj, String path, String key) {
        Optional<JsonNode> value = c.get(obj, path, key, false);
        if (value.isPresent() && !value.get().isNumber()) {
            c.fail(Checker.at(path, key), "must be a number");
            return Optional.empty();
        }
        return value.map(JsonNode::decimalValue);
    }
}
