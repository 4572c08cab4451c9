package org.pathwise.lti.core.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.pathwise.lti.core.keys.ToolKeys;
import org.pathwise.lti.core.registration.PlatformRegistration;

/**
 * Obtains service access tokens with the client-credentials grant and a JWT client assertion (LTI Security 1.0
 * §4.1), and caches each token until shortly before it expires. The assertion's {@code iat} is set a little in the
 * past because Moodle rejects a token "prior to" its own clock.
 */
public final class AccessTokenClient {
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration BACKDATE = Duration.ofSeconds(5);
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final LtiHttpClient http;
    private final ToolKeys keys;
    private final Clock clock;
    private final Map<String, CachedToken> cache = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant usableUntil) {}

    public AccessTokenClient(LtiHttpClient http, ToolKeys keys, Clock clock) {
        this.http = http;
        this.keys = keys;
        this.clock = clock;
    }

    /** A bearer token for these scopes (only scopes the platform granted), from the cache when still valid. */
    public String token(PlatformRegistration registration, Collection<String> scopes) {
        String key = cacheKey(registration, scopes);
        CachedToken cached = cache.get(key);
        if (cached != null && clock.instant().isBefore(cached.usableUntil())) {
            return cached.value();
        }
        CachedToken fresh = request(registration, scopes);
        cache.put(key, fresh);
        return fresh.value();
    }

    /** Forgets a cached token (after a 401). */
    public void invalidate(PlatformRegistration registration, Collection<String> scopes) {
        cache.remove(cacheKey(registration, scopes));
    }

    private CachedToken request(PlatformRegistration registration, Collection<String> scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", clientAssertion(registration));
        form.put("scope", String.join(" ", new TreeSet<>(scopes)));
        HttpResponse response = send(HttpRequest.withBody(
                "POST",
                registration.tokenEndpoint(),
                "application/x-www-form-urlencoded",
                "application/json",
                formBody(form)));
        if (!response.isSuccess()) {
            throw ServiceException.of(response, "token request to " + registration.tokenEndpoint());
        }
        JsonNode body = ServiceJson.parse(response, "token response");
        String token = ServiceJson.text(body, "access_token")
                .orElseThrow(() -> new ServiceException(
                        ServiceException.Kind.INVALID_RESPONSE,
                        response.status(),
                        "token response has no access_token"));
        long expiresIn = Optional.ofNullable(body.get("expires_in"))
                .map(JsonNode::asLong)
                .orElse(3600L);
        Instant usableUntil = clock.instant().plusSeconds(expiresIn).minus(EXPIRY_MARGIN);
        return new CachedToken(token, usableUntil);
    }

    /** The signed client assertion: iss = sub = client id, aud = token endpoint (or configured audience). */
    String clientAssertion(PlatformRegistration registration) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId())
                .subject(registration.clientId())
                .audience(registration.assertionAudience())
                .issueTime(Date.from(now.minus(BACKDATE)))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the client assertion", e);
        }
        return jwt.serialize();
    }

    private HttpResponse send(HttpRequest request) {
        try {
            return http.send(request);
        } catch (IOException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, 0, request.url() + ": " + e.getMessage());
        }
    }

    private static String cacheKey(PlatformRegistration registration, Collection<String> scopes) {
        return registration.tokenEndpoint() + " " + registration.clientId() + " " + new TreeSet<>(scopes);
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
