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
    public final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();
    public final List<String> tokenScopes = new CopyOnWriteArrayList<>();
    private volatile java.util.function.Function<String, Map<String, Object>> launchClaims;
    private volatile String toolUrl;

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
        server.createContext("/auth", this::authorize);
        server.createContext("/course", this::coursePage);
        server.createContext("/storage", this::storageFrame);
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

    /**
     * Makes {@code /auth} answer like a platform's OIDC authorization endpoint: the claims of the id_token for a
     * nonce, signed and auto-posted (with {@code state}) to the tool's redirect URI; {@code toolUrl} is where the
     * course page frames the tool.
     */
    public void answerAuthorizations(String toolUrl, java.util.function.Function<String, Map<String, Object>> claims) {
        this.toolUrl = toolUrl;
        this.launchClaims = claims;
    }

    /** The course page: the tool framed (login initiated by GET), with Canvas's storage frame when asked. */
    public String coursePageUrl(boolean platformStorage) {
        return issuer() + "/course?storage=" + platformStorage;
    }

    /**
     * The course page with a storage frame that knows only the older draft's {@code org.imsglobal.lti.*} subjects,
     * and no answer to {@code lti.capabilities} (that draft had none).
     */
    public String coursePageUrlWithOlderStorage() {
        return issuer() + "/course?storage=true&legacy=true";
    }

    /**
     * The course page names a storage target at login, but its answer to {@code lti.capabilities} lists no storage
     * message (a platform that keeps nothing); the storage frame is there to record any call it would get.
     */
    public String coursePageUrlWhoseCapabilitiesListNoStorage() {
        return issuer() + "/course?storage=true&capabilities=none";
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
        tokenScopes.add(form.getOrDefault("scope", ""));
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

    /** OIDC authorization endpoint: checks the request, then auto-posts a signed id_token to redirect_uri. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        authorizationRequests.add(query);
        var claims = launchClaims;
        if (claims == null
                || !clientId.equals(query.get("client_id"))
                || !"id_token".equals(query.get("response_type"))) {
            answer(exchange, 400, "text/plain", "bad authorization request", Map.of());
            return;
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("id_token", sign(claims.apply(query.get("nonce"))));
        fields.put("state", query.get("state"));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"")
                .append(escape(query.get("redirect_uri")))
                .append("\">");
        fields.forEach((k, v) -> html.append("<input type=\"hidden\" name=\"")
                .append(k)
                .append("\" value=\"")
                .append(escape(v))
                .append("\">"));
        html.append("</form><script>document.getElementById('f').submit();</script></body></html>");
        answer(exchange, 200, "text/html", html.toString(), Map.of());
    }

    /** A course page framing the tool, as Canvas does: the tool frame and the {@code post_message_forwarding} frame. */
    private void coursePage(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        boolean storage = "true".equals(query.get("storage"));
        String frame = "true".equals(query.get("legacy")) ? "/storage?legacy=true" : "/storage";
        String login = toolUrl + "/lti/login?iss=" + encode(issuer()) + "&login_hint=4&client_id=" + encode(clientId)
                + "&lti_deployment_id=" + DEPLOYMENT + "&lti_message_hint=hint-xyz&target_link_uri="
                + encode(toolUrl + "/lti/launch") + (storage ? "&lti_storage_target=post_message_forwarding" : "");
        // lti.capabilities, answered by the course page as Canvas does: the storage messages and their frame, or
        // none; not answered with the older draft's frame. Requests are recorded in window.capabilityRequests.
        String supported = "none".equals(query.get("capabilities"))
                ? "[]"
                : "[{subject:'lti.put_data',frame:'post_message_forwarding'},"
                        + "{subject:'lti.get_data',frame:'post_message_forwarding'}]";
        String capabilities = storage && !"true".equals(query.get("legacy"))
                ? "<script>window.capabilityRequests=[];window.addEventListener('message',function(e){"
                        + "var d=e.data||{};if(d.subject!=='lti.capabilities'){return;}"
                        + "window.capabilityRequests.push(e.origin);"
                        + "e.source.postMessage({subject:'lti.capabilities.response',message_id:d.message_id,"
                        + "supported_messages:" + supported + "},e.origin);});</script>"
                : "";
        String html = "<!DOCTYPE html><html><body><h1>Course</h1>" + capabilities
                + (storage ? "<iframe name=\"post_message_forwarding\" src=\"" + frame + "\"></iframe>" : "")
                + "<iframe name=\"tool\" id=\"tool\" width=\"900\" height=\"600\" src=\"" + escape(login)
                + "\"></iframe></body></html>";
        answer(exchange, 200, "text/html", html, Map.of());
    }

    /**
     * The platform's storage frame (LTI client-side storage, lti.put_data / lti.get_data, or with {@code legacy=true}
     * only the older {@code org.imsglobal.lti.*} subjects): values kept per sender origin, each call recorded in
     * {@code window.calls} for the test to read; a message under the subjects it does not know gets an error answer.
     */
    private void storageFrame(HttpExchange exchange) throws IOException {
        boolean legacy =
                "true".equals(form(exchange.getRequestURI().getRawQuery()).get("legacy"));
        String known = legacy ? "org.imsglobal.lti." : "lti.";
        String other = legacy ? "lti." : "org.imsglobal.lti.";
        String script = "var store={};window.calls=[];var p='" + known + "',o='" + other + "';"
                + "window.addEventListener('message',function(e){var d=e.data||{};"
                + "if(d.subject===o+'put_data'||d.subject===o+'get_data'){"
                + "e.source.postMessage({subject:d.subject+'.response',message_id:d.message_id,"
                + "error:{code:'unsupported_subject',message:'not supported'}},e.origin);return;}"
                + "if(d.subject===p+'put_data'){store[e.origin+' '+d.key]=d.value;"
                + "window.calls.push('put '+e.origin+' '+d.key);"
                + "e.source.postMessage({subject:p+'put_data.response',message_id:d.message_id,key:d.key,"
                + "value:d.value},e.origin);}"
                + "if(d.subject===p+'get_data'){window.calls.push('get '+e.origin+' '+d.key);"
                + "e.source.postMessage({subject:p+'get_data.response',message_id:d.message_id,key:d.key,"
                + "value:store[e.origin+' '+d.key]},e.origin);}});";
        answer(
                exchange,
                200,
                "text/html",
                "<!DOCTYPE html><html><body><script>" + script + "</script></body></html>",
                Map.of());
    }

    // ---- plumbing

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

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
