package org.pathwise.lti.core.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;

/** Steps 2 and 3 of the chain: the id_token is a compact JWS, signed with RS256, and names its key. */
record SignedToken(SignedJWT jwt, String kid, JWTClaimsSet claims) {

    static SignedToken parse(String idToken) {
        JWT parsed = parseJwt(idToken);
        if (!(parsed instanceof SignedJWT jws)) {
            throw new LaunchException(
                    LaunchFailure.WRONG_ALGORITHM,
                    "id_token is not a JWS (alg " + parsed.getHeader().getAlgorithm() + "); only RS256 is accepted");
        }
        JWSAlgorithm alg = jws.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(alg)) {
            throw new LaunchException(
                    LaunchFailure.WRONG_ALGORITHM, "id_token alg " + alg + "; only RS256 is accepted");
        }
        String kid = jws.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchException(LaunchFailure.MISSING_KID, "id_token header has no kid");
        }
        return new SignedToken(jws, kid, claimsOf(jws));
    }

    private static JWT parseJwt(String idToken) {
        try {
            return JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchException(LaunchFailure.MALFORMED_JWT, "id_token is not a JWT: " + e.getMessage());
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jws) {
        try {
            return jws.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchException(LaunchFailure.MALFORMED_JWT, "id_token payload is not a JSON object");
        }
    }
}
