package org.pathwise.lti.core.deeplink;

import java.util.Map;
import java.util.Optional;
import org.pathwise.lti.core.AutoPostForm;

/** The signed response JWT and the page that posts it, as the form field {@code JWT}, to the return URL. */
public record SignedDeepLinkingResponse(String jwt, String returnUrl) {
    public String formHtml(Optional<String> scriptNonce) {
        return AutoPostForm.html(returnUrl, Map.of("JWT", jwt), scriptNonce);
    }
}
