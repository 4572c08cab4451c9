package org.pathwise.lti.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An LTI platform on 127.0.0.1 for the integration tests: its own RSA keys and JWKS, the Moodle 4.3 openid
 * configuration and registration endpoint, a token endpoint, an AGS scores endpoint that fails once and then
 * accepts, and a paged NRPS memberships endpoint. It records what the tool sent.
 */
public final class PlatformEmulator implements AutoCloseable {

    public static final String REGISTRATION_TOKEN = "reg-token-123";
    public static final String DEPLOYMENT = "2";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private volatile RSAKey signingKey;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private final AtomicInteger scoreFailuresLeft = new AtomicInteger(1);
    private final AtomicInteger tokenRequests = new AtomicInteger();
    public final List<String> registrationRequests = new CopyOnWriteArrayList<>();
    public final List<String> registrationAuthorizations = new CopyOnWriteArrayList<>();
    public final List<String> clientAssertions = new CopyOnWriteArrayList<>();
    public final List<Received> scores = new CopyOnWriteArrayList<>();
    public final List<String> membershipRequests = new CopyOnWriteArrayList<>();
    private final String clientId = "client-" + Long.toHexString(System.nanoTime());

    /** A score request as the emulator saw it. */
    public record Received(String path, String contentType, String authorization, int answeredStatus, JsonNode body) {}

    /** A new emulator, installed in the tool through the real Dynamic Registration endpoint. */
    public static PlatformEmulator registeredWith(org.pathwise.launcher.PathwiseServer server) throws IOException {
        PlatformEmulator platform = new PlatformEmulator();
        io.restassured.RestAssured.given()
                .baseUri(server.baseUrl())
                .queryParam("openid_configuration", platform.configurationUrl())
                .queryParam("registration_token", REGISTRATION_TOKEN)
                .get("/lti/register")
                .then()
                .statusCode(200);
        return platform;
    }

    public PlatformEmulator() throws IOException {
        signingKey = newKey("emu-key-1");
        published.add(signingKey);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::openIdConfiguration);
        server.createContext("/registration", this::registration);
        server.createContext("/jwks", this::jwks);
        server.createContext("/token", this::token);
        server.createContext("/lineitems", this::scores);
        server.createContext("/memberships", this::memberships);
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String clientId() {
        return clientId;
    }

    public String configurationUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public String lineItemUrl() {
        return issuer() + "/lineitems/7/lineitem?type_id=1";
    }

    public String membershipsUrl() {
        return issuer() + "/memberships?course=2";
    }

    public int jwksFetches() {
        return jwksFetches.get();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** Publishes a new key and signs with it from now on (the old one stays published). */
    public void rotateKey(String kid) {
        signingKey = newKey(kid);
        published.add(signingKey);
    }

    public static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(Map<String, Object> claims) {
        return sign(claims, signingKey, signingKey.getKeyID());
    }

    /** Signs with any key under any kid (for bad-signature and unknown-kid tests). */
    public static String sign(Map<String, Object> claims, RSAKey key, String kid) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
            if (kid != null) {
                header.keyID(kid);
            }
            SignedJWT jwt = new SignedJWT(header.build(), JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- endpoints

    private void openIdConfiguration(HttpExchange exchange) throws IOException {
        String sample = resource("/moodle-4.3/openid-configuration.json").replace("http://localhost:8080", issuer());
        ObjectNode config = (ObjectNode) JSON.readTree(sample);
        config.put("registration_endpoint", issuer() + "/registration");
        config.put("jwks_uri", issuer() + "/jwks");
        config.put("token_endpoint", issuer() + "/token");
        config.put("authorization_endpoint", issuer() + "/auth");
        answer(exchange, 200, "application/json", JSON.writeValueAsString(config), Map.of());
    }

    private void registration(HttpExchange exchange) throws IOException {
        registrationAuthorizations.add(
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        registrationRequests.add(body(exchange));
        if (!("Bearer " + REGISTRATION_TOKEN)
                .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "text/plain", "bad registration token", Map.of());
            return;
        }
        String sample =
                resource("/moodle-4.3/dynamic-registration-response.json").replace("ZV4Ev28J6cShxVV", clientId);
        answer(exchange, 200, "application/json", sample, Map.of());
    }

    private void jwks(HttpExchange exchange) throws IOException {
        jwksFetches.incrementAndGet();
        JWKSet set =
                new JWKSet(published.stream().map(k -> (JWK) k.toPublicJWK()).toList());
        answer(exchange, 200, "application/json", set.toString(), Map.of("Cache-Control", "max-age=300"));
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(body(exchange));
        clientAssertions.add(form.getOrDefault("client_assertion", ""));
        answer(
                exchange,
                200,
                "application/json",
                "{\"access_token\":\"emu-token-" + tokenRequests.get()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600," + "\"scope\":"
                        + JSON.writeValueAsString(form.getOrDefault("scope", "")) + "}",
                Map.of());
    }

    private void scores(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        JsonNode body = JSON.readTree(body(exchange));
        int status = scoreFailuresLeft.getAndDecrement() > 0 ? 503 : 200;
        scores.add(new Received(path, exchange.getRequestHeaders().getFirst("Content-Type"), auth, status, body));
        answer(exchange, status, "application/json", status == 200 ? "{}" : "{\"error\":\"try later\"}", Map.of());
    }

    /** Five members, two per page, pages linked by {@code rel="next"} as Moodle does ({@code from}). */
    private void memberships(HttpExchange exchange) throws IOException {
        membershipRequests.add(exchange.getRequestURI().toString());
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        int from = Integer.parseInt(query.getOrDefault("from", "0"));
        int limit = 2;
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = from; i < Math.min(from + limit, 5); i++) {
            members.add(Map.of(
                    "status",
                    "Active",
                    "user_id",
                    "u" + i,
                    "name",
                    "Member " + i,
                    "roles",
                    List.of(i == 0 ? "Instructor" : "Learner")));
        }
        Map<String, Object> container = Map.of("id", membershipsUrl(), "members", members);
        Map<String, String> headers = new HashMap<>();
        if (from + limit < 5) {
            headers.put("Link", "<" + issuer() + "/memberships?course=2&from=" + (from + limit) + ">; rel=\"next\"");
        }
        answer(
                exchange,
                200,
                "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                JSON.writeValueAsString(container),
                headers);
    }

    // ---- plumbing

    private static String resource(String name) throws IOException {
        try (InputStream in = PlatformEmulator.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
