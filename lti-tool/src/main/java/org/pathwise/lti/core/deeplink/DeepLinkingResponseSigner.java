package org.pathwise.lti.core.deeplink;

import static org.pathwise.lti.core.claims.ClaimNames.*;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.pathwise.lti.core.Randoms;
import org.pathwise.lti.core.keys.ToolKeys;

/** Builds and signs an LtiDeepLinkingResponse (Deep Linking 2.0 §4.5) with the tool's current key, RS256 and kid. */
public final class DeepLinkingResponseSigner {
    private final ToolKeys keys;
    private final Clock clock;
    private final Duration lifetime;

    public DeepLinkingResponseSigner(ToolKeys keys, Clock clock, Duration lifetime) {
        this.keys = keys;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public SignedDeepLinkingResponse sign(DeepLinkingReturn target, DeepLinkingReply reply) {
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims(target, reply));
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with tool key " + key.getKeyID(), e);
        }
        return new SignedDeepLinkingResponse(jwt.serialize(), target.returnUrl());
    }

    private JWTClaimsSet claims(DeepLinkingReturn target, DeepLinkingReply reply) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(target.clientId())
                .audience(target.platformIssuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("nonce", Randoms.token())
                .claim(MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(VERSION, LTI_VERSION)
                .claim(DEPLOYMENT_ID, target.deploymentId())
                .claim(
                        DL_CONTENT_ITEMS,
                        reply.items().stream().map(ContentItem::toClaim).toList());
        target.data().ifPresent(data -> claims.claim(DL_DATA, data));
        reply.msg().ifPresent(value -> claims.claim(DL_MSG, value));
        reply.log().ifPresent(value -> claims.claim(DL_LOG, value));
        reply.errorMsg().ifPresent(value -> claims.claim(DL_ERRORMSG, value));
        reply.errorLog().ifPresent(value -> claims.claim(DL_ERRORLOG, value));
        return claims.build();
    }
}
