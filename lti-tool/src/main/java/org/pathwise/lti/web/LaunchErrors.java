package org.pathwise.lti.web;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformStore;

/**
 * Records a refused login or launch as the platform's last error (for the admin page) when the request says which
 * platform it came from. The id_token is read without trusting it, only to find the registration; never logged.
 */
@ApplicationScoped
public class LaunchErrors {

    private static final Logger LOG = Logger.getLogger(LaunchErrors.class.getName());

    @Inject
    PlatformStore platforms;

    public void recordForPlatform(String issuer, String clientId, LaunchException e) {
        if (issuer == null) {
            return;
        }
        try {
            List<Platform> candidates = clientId != null
                    ? platforms.byIssuerAndClient(issuer, clientId).stream().toList()
                    : platforms.byIssuer(issuer);
            if (candidates.size() == 1) {
                platforms.recordError(candidates.get(0).id(), e.adminMessage());
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.FINE, "could not record the launch error", failure);
        }
    }

    public void recordFromIdToken(Optional<String> idToken, LaunchException e) {
        if (idToken.isEmpty()) {
            return;
        }
        try {
            JWTClaimsSet claims = JWTParser.parse(idToken.get()).getJWTClaimsSet();
            List<String> audience = claims.getAudience();
            recordForPlatform(claims.getIssuer(), audience.size() == 1 ? audience.get(0) : null, e);
        } catch (java.text.ParseException | RuntimeException unreadable) {
            LOG.log(Level.FINE, "id_token unreadable; no platform to record the error on");
        }
    }
}
