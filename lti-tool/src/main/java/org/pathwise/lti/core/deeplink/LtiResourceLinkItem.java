package org.pathwise.lti.core.deeplink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code ltiResourceLink} content item (Deep Linking 2.0 §3.1). {@code custom} is left out when empty, because
 * Moodle rejects an empty custom object; the platform passes it back in the {@code custom} claim of each launch.
 */
public record LtiResourceLinkItem(
        String title,
        Optional<String> text,
        Optional<String> url,
        Map<String, String> custom,
        Optional<LineItemSpec> lineItem)
        implements ContentItem {
    public LtiResourceLinkItem {
        custom = Map.copyOf(custom);
    }

    public static LtiResourceLinkItem of(String title, String url, Map<String, String> custom) {
        return new LtiResourceLinkItem(title, Optional.empty(), Optional.of(url), custom, Optional.empty());
    }

    public LtiResourceLinkItem withLineItem(LineItemSpec spec) {
        return new LtiResourceLinkItem(title, text, url, custom, Optional.of(spec));
    }

    @Override
    public Map<String, Object> toClaim() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("type", "ltiResourceLink");
        claim.put("title", title);
        text.ifPresent(value -> claim.put("text", value));
        url.ifPresent(value -> claim.put("url", value));
        if (!custom.isEmpty()) {
            claim.put("custom", new LinkedHashMap<>(custom));
        }
        lineItem.ifPresent(spec -> claim.put("lineItem", spec.toClaim()));
        return claim;
    }
}
