package org.pathwise.lti.core.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;

/** Step 6: {@code exp} is in the future and {@code iat} is not, within the allowed clock skew. */
final class TimestampCheck {
    private TimestampCheck() {}

    static void check(JWTClaimsSet claims, Instant now, Duration skew) {
        Instant exp = required(claims.getExpirationTime(), "exp");
        Instant iat = required(claims.getIssueTime(), "iat");
        if (!now.isBefore(exp.plus(skew))) {
            throw new LaunchException(LaunchFailure.EXPIRED, "id_token expired at " + exp + ", now " + now);
        }
        if (iat.minus(skew).isAfter(now)) {
            throw new LaunchException(LaunchFailure.ISSUED_IN_FUTURE, "id_token iat " + iat + " is after now " + now);
        }
    }

    private static Instant required(Date value, String claim) {
        if (value == null) {
            throw LaunchException.missingClaim(claim);
        }
        return value.toInstant();
    }
}
