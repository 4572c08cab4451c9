package org.pathwise.lrs.xapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * An inverse functional identifier of an Agent or identified Group, in canonical form.
 *
 * @param type {@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account}
 * @param value the identifier: mailto IRI with lower-case domain, lower-case hex, the openid IRI, or
 *     {@code homePage::name} for an account
 */
public record Ifi(String type, String value) {
    /** The key stores index agents by: {@code mbox::mailto:a@b.c}, {@code account::https://lms::u42}. */
    public String key() {
        return type + "::" + value;
    }

    @Override
    public String toString() {
        return key();
    }

    /** The IFI of an Agent or Group node, or empty for an anonymous Group (or anything without one). */
    public static Optional<Ifi> of(JsonNode actor) {
        if (actor == null || !actor.isObject()) {
            return Optional.empty();
        }
        if (actor.hasNonNull("mbox")) {
            return Optional.of(new Ifi("mbox", mbox(actor.get("mbox").asText())));
        }
        if (actor.hasNonNull("mbox_sha1sum")) {
            return Optional.of(
                    new Ifi("mbox_sha1sum", actor.get("mbox_sha1sum").asText().toLowerCase(Locale.ROOT)));
        }
        if (actor.hasNonNull("openid")) {
            return Optional.of(new Ifi("openid", actor.get("openid").asText()));
        }
        JsonNode account = actor.get("account");
        if (account != null && account.isObject()) {
            return Optional.of(new Ifi(
                    "account",
                    account.path("homePage").asText() + "::"
                            + account.path("name").asText()));
        }
        return Optional.empty();
    }

    /** {@code mailto:} in lower case and the domain in lower case; the local part is case-sensitive. */
    static String mbox(String mbox) {
        String address = mbox.length() >= 7 ? mbox.substring(7) : mbox;
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return "mailto:" + address;
        }
        return "mailto:" + address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }
}
