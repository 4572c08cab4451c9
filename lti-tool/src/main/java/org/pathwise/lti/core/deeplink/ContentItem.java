package org.pathwise.lti.core.deeplink;

import java.util.Map;

/** A Deep Linking content item, as the JSON object placed in the {@code content_items} claim. */
public interface ContentItem {
    Map<String, Object> toClaim();
}
