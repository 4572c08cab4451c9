package org.pathwise.lti.core.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;
import org.pathwise.lti.core.login.PendingLogin;

/**
 * Step 4 (with the registration lookup): {@code iss} is exactly the issuer the login started with, {@code aud}
 * (a string or an array) contains our client id, and with several audiences {@code azp} is present and is our client
 * id (OIDC Core §3.1.3.7, LTI Security §5.1.3).
 */
final class AudienceCheck {
    private AudienceCheck() {}

    static void check(JWTClaimsSet claims, PendingLogin login) {
        String issuer = claims.getIssuer();
        if (issuer == null) {
            throw LaunchException.missingClaim("iss");
        }
        if (!issuer.equals(login.issuer())) {
            throw new LaunchException(
                    LaunchFailure.WRONG_ISSUER, "iss " + issuer + " but the login came from " + login.issuer());
        }
        List<String> audience = claims.getAudience();
        if (audience.isEmpty()) {
            throw LaunchException.missingClaim("aud");
        }
        if (!audience.contains(login.clientId())) {
            throw new LaunchException(
                    LaunchFailure.WRONG_AUDIENCE,
                    "aud " + audience + " does not contain client_id " + login.clientId());
        }
        checkAuthorizedParty(claims, audience, login.clientId());
    }

    private static void checkAuthorizedParty(JWTClaimsSet claims, List<String> audience, String clientId) {
        String azp = azp(claims);
        if (azp == null && audience.size() > 1) {
            throw new LaunchException(
                    LaunchFailure.MISSING_AZP, "aud has " + audience.size() + " values and azp is missing");
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new LaunchException(LaunchFailure.WRONG_AZP, "azp " + azp + " is not client_id " + clientId);
        }
    }

    private static String azp(JWTClaimsSet claims) {
        try {
            return claims.getStringClaim("azp");
        } catch (ParseException e) {
            throw LaunchException.invalidClaim("azp", "must be a string");
        }
    }
}
