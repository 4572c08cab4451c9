package org.pathwise.lti.core.deeplink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code lineItem} of an ltiResourceLink: the platform creates a gradebook column with this maximum (Moodle maps
 * resourceId to lineitemresourceid and tag to lineitemtag). {@code scoreMaximum} is required and positive.
 */
public record LineItemSpec(
        double scoreMaximum, Optional<String> label, Optional<String> resourceId, Optional<String> tag) {
    public LineItemSpec {
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("lineItem.scoreMaximum must be a positive number: " + scoreMaximum);
        }
    }

    public static LineItemSpec of(double scoreMaximum) {
        return new LineItemSpec(scoreMaximum, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Map<String, Object> toClaim() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("scoreMaximum", number(scoreMaximum));
        label.ifPresent(value -> claim.put("label", value));
        resourceId.ifPresent(value -> claim.put("resourceId", value));
        tag.ifPresent(value -> claim.put("tag", value));
        return claim;
    }

    /** Whole numbers as integers (50, not 50.0). */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
