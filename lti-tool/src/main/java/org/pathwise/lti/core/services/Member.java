package org.pathwise.lti.core.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.pathwise.lti.core.claims.Roles;

/** One NRPS member; names and email appear only when the platform's privacy settings release them. */
public record Member(
        String userId,
        String status,
        Roles roles,
        Optional<String> name,
        Optional<String> givenName,
        Optional<String> familyName,
        Optional<String> email) {
    static Member fromJson(JsonNode node) {
        return new Member(
                ServiceJson.text(node, "user_id").orElse(""),
                ServiceJson.text(node, "status").orElse("Active"),
                Roles.of(ServiceJson.texts(node, "roles")),
                ServiceJson.text(node, "name"),
                ServiceJson.text(node, "given_name"),
                ServiceJson.text(node, "family_name"),
                ServiceJson.text(node, "email"));
    }

    public boolean isActive() {
        return "Active".equalsIgnoreCase(status);
    }
}
