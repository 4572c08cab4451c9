package org.pathwise.lti.core.services;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Filters for GET line items (AGS 2.0 §3.2.4): resource link, resource id, tag, page size. */
public record LineItemQuery(
        Optional<String> resourceLinkId, Optional<String> resourceId, Optional<String> tag, OptionalInt limit) {
    public static final LineItemQuery ALL =
            new LineItemQuery(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());

    public static LineItemQuery byResourceLink(String resourceLinkId) {
        return new LineItemQuery(Optional.of(resourceLinkId), Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        resourceLinkId.ifPresent(value -> params.put("resource_link_id", value));
        resourceId.ifPresent(value -> params.put("resource_id", value));
        tag.ifPresent(value -> params.put("tag", value));
        limit.ifPresent(value -> params.put("limit", Integer.toString(value)));
        return params;
    }
}
