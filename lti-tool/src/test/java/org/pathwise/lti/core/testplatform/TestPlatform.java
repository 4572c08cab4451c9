package org.pathwise.lti.core.testplatform;

import static org.pathwise.lti.core.claims.ClaimNames.*;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lti.core.jwks.FetchedJwks;
import org.pathwise.lti.core.jwks.JwksFetcher;
import org.pathwise.lti.core.registration.PlatformRegistration;
import org.pathwise.lti.core.registration.RegistrationLookup;

/**
 * A platform emulator: its own RSA keys and JWKS (served through {@link JwksFetcher}, counting fetches), its
 * registration, and id_tokens built from any claim set and signed with any header.
 */
public final class TestPlatform implements JwksFetcher, RegistrationLookup {
    public static final String ISSUER = "https://lms.example.edu";
    public static final String CLIENT_ID = "pathwise-client";
    public static final String DEPLOYMENT = "deployment-1";
    public static final String JWKS_URI = ISSUER + "/jwks";
    public static final String TOOL = "https://tool.example.org";
    public static final String LAUNCH_URL = TOOL + "/lti/launch";
    public static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private static final List<RSAKey> KEY_POOL = new ArrayList<>();

    private final Clock clock;
    private final List<RSAKey> published = new ArrayList<>();
    private final List<PlatformRegistration> registrations = new ArrayList<>();
    private RSAKey signingKey;
    private int fetches;
    private Optional<Duration> maxAge = Optional.of(Duration.ofMinutes(5));

    public TestPlatform(Clock clock) {
        this.clock = clock;
        this.signingKey = key(0);
        published.add(signingKey);
        registrations.add(registration(ISSUER, CLIENT_ID, Set.of(DEPLOYMENT), false));
    }

    /** Keys are costly to generate: tests share a small pool (index 0 is the platform's first key). */
    public static synchronized RSAKey key(int index) {
        while (KEY_POOL.size() <= index) {
            try {
                KEY_POOL.add(new RSAKeyGenerator(2048)
                        .keyID("platform-key-" + KEY_POOL.size())
                        .generate());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return KEY_POOL.get(index);
    }

    public static PlatformRegistration registration(
            String issuer, String clientId, Set<String> deployments, boolean acceptNew) {
        return new PlatformRegistration(
                issuer,
                clientId,
                issuer + "/auth",
                issuer + "/token",
                issuer + "/jwks",
                deployments,
                acceptNew,
                Optional.empty());
    }

    public PlatformRegistration registration() {
        return registrations.get(0);
    }

    public void replaceRegistration(PlatformRegistration registration) {
        registrations.set(0, registration);
    }

    public void addRegistration(PlatformRegistration registration) {
        registrations.add(registration);
    }

    /** Publishes a new key and signs with it from now on; the old key stays published. */
    public void rotateKey() {
        signingKey = key(published.size());
        published.add(signingKey);
    }

    public void cacheFor(Optional<Duration> maxAge) {
        this.maxAge = maxAge;
    }

    public int fetches() {
        return fetches;
    }

    // ---- id_tokens

    public String idToken(Map<String, Object> claims) {
        return sign(claims, rs256(signingKey.getKeyID()), signer(signingKey));
    }

    public static JWSHeader rs256(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(kid)
                .type(JOSEObjectType.JWT)
                .build();
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    public static JWSSigner signer(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(Map<String, Object> claims, JWSHeader header, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid LtiResourceLinkRequest for the given nonce, user 4 in course 2, with these roles. */
    public Map<String, Object> resourceLinkClaims(String nonce, List<String> roles) {
        Map<String, Object> claims = baseClaims(nonce, roles);
        claims.put(MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(RESOURCE_LINK, new LinkedHashMap<>(Map.of("id", "link-1", "title", "Pathway 1")));
        claims.put(CUSTOM, new LinkedHashMap<>(Map.of("pathway", "onboarding")));
        return claims;
    }

    /** A valid LtiDeepLinkingRequest for the given nonce, from an instructor. */
    public Map<String, Object> deepLinkingClaims(String nonce) {
        Map<String, Object> claims = baseClaims(nonce, List.of(MEMBERSHIP + "Instructor"));
        claims.put(MESSAGE_TYPE, "LtiDeepLinkingRequest");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", ISSUER + "/deep-link-return?course=2");
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", true);
        settings.put("data", "opaque-data-42");
        claims.put(DEEP_LINKING_SETTINGS, settings);
        return claims;
    }

    private Map<String, Object> baseClaims(String nonce, List<String> roles) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT_ID);
        claims.put("sub", "4");
        claims.put("iat", now);
        claims.put("exp", now + 60);
        claims.put("nonce", nonce);
        claims.put("name", "Ada Lovelace");
        claims.put("email", "ada@example.edu");
        claims.put(VERSION, "1.3.0");
        claims.put(DEPLOYMENT_ID, DEPLOYMENT);
        claims.put(TARGET_LINK_URI, LAUNCH_URL);
        claims.put(ROLES, List.copyOf(roles));
        claims.put(CONTEXT, new LinkedHashMap<>(Map.of("id", "2", "label", "LTI1", "title", "LTI course")));
        claims.put(LAUNCH_PRESENTATION, new LinkedHashMap<>(Map.of("locale", "fr-CA", "document_target", "iframe")));
        return claims;
    }

    // ---- ports

    @Override
    public FetchedJwks fetch(String jwksUri) throws IOException {
        if (!jwksUri.equals(JWKS_URI)) {
            throw new IOException("404 for " + jwksUri);
        }
        fetches++;
        List<JWK> keys = published.stream().map(k -> (JWK) k.toPublicJWK()).toList();
        return new FetchedJwks(new JWKSet(keys).toString(), maxAge);
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return registrations.stream()
                .filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId))
                .findFirst();
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        return registrations.stream().filter(r -> r.issuer().equals(issuer)).toList();
    }
}
