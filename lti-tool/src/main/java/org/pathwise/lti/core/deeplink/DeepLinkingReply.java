package org.pathwise.lti.core.deeplink;

import java.util.List;
import java.util.Optional;

/**
 * What the tool answers: the content items (may be empty, e.g. when the user cancelled) and the optional messages
 * for the user ({@code msg}, {@code errormsg}) and the platform log ({@code log}, {@code errorlog}).
 */
public record DeepLinkingReply(
        List<ContentItem> items,
        Optional<String> msg,
        Optional<String> log,
        Optional<String> errorMsg,
        Optional<String> errorLog) {
    public DeepLinkingReply {
        items = List.copyOf(items);
    }

    public static DeepLinkingReply of(List<? extends ContentItem> items) {
        return new DeepLinkingReply(
                List.copyOf(items), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
