package org.pathwise.lrs.xapi.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.model.StatementEquivalence;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;

/**
 * Verifies the signature attachments of a statement, as Data 2.6 asks of an LRS: decode the JWS, check it uses
 * RS256/RS384/RS512, check its payload is the statement (by the statement comparison rules, so the signature
 * attachment itself, authority, stored and version do not count), and check the signature against the first
 * certificate of an {@code x5c} chain when there is one. Any failure is a 400.
 */
public final class SignatureVerifier {
    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private SignatureVerifier() {}

    /**
     * Checks every signature attachment of {@code statement}.
     *
     * @param path the statement's path in error messages ({@code statement}, {@code statement[2]})
     * @param parts the multipart parts of the request
     */
    public static void verify(JsonNode statement, List<AttachmentPart> parts, String path) {
        JsonNode attachments = statement.path("attachments");
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode attachment = attachments.get(i);
            if (SIGNATURE_USAGE.equals(attachment.path("usageType").textValue())) {
                verifyOne(statement, attachment, parts, path + ".attachments[" + i + "]");
            }
        }
    }

    /** Whether a statement carries a signature attachment. */
    public static boolean isSigned(JsonNode statement) {
        for (JsonNode a : statement.path("attachments")) {
            if (SIGNATURE_USAGE.equals(a.path("usageType").textValue())) {
                return true;
            }
        }
        return false;
    }

    private static void verifyOne(JsonNode statement, JsonNode attachment, List<AttachmentPart> parts, String path) {
        String contentType = attachment.path("contentType").asText();
        if (!contentType.trim().toLowerCase(Locale.ROOT).equals("application/octet-stream")) {
            throw fail(path + ".contentType", "a signature attachment must have contentType application/octet-stream");
        }
        String sha2 = attachment.path("sha2").asText();
        AttachmentPart part = parts.stream()
                .filter(p -> p.sha2().equalsIgnoreCase(sha2))
                .findFirst()
                .orElseThrow(() -> fail(path, "the signature is not attached as a multipart part"));
        JWSObject jws = parse(part.content(), path);
        if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
            throw fail(
                    path,
                    "the JWS must use RS256, RS384 or RS512, not "
                            + jws.getHeader().getAlgorithm());
        }
        JsonNode payload = payload(jws, path);
        if (!StatementEquivalence.same(payload, statement)) {
            throw fail(path, "the JWS payload is not the statement that was sent");
        }
        certificate(jws, path).ifPresent(key -> checkSignature(jws, key, path));
    }

    private static JWSObject parse(byte[] content, String path) {
        try {
            return JWSObject.parse(new String(content, StandardCharsets.US_ASCII).trim());
        } catch (ParseException e) {
            throw fail(path, "the signature is not a JWS in compact serialization: " + e.getMessage());
        }
    }

    private static JsonNode payload(JWSObject jws, String path) {
        try {
            JsonNode payload = StrictJson.read(jws.getPayload().toString(), "payload");
            if (!payload.isObject()) {
                throw fail(path, "the JWS payload must be a statement object");
            }
            return payload;
        } catch (StrictJson.StrictJsonException e) {
            throw fail(path, "the JWS payload is not a valid JSON serialization of the statement (" + e.rule() + ")");
        }
    }

    private static Optional<RSAPublicKey> certificate(JWSObject jws, String path) {
        List<Base64> chain = jws.getHeader().getX509CertChain();
        if (chain == null || chain.isEmpty()) {
            return Optional.empty();
        }
        X509Certificate cert = X509CertUtils.parse(chain.get(0).decode());
        if (cert == null || !(cert.getPublicKey() instanceof RSAPublicKey key)) {
            throw fail(path, "the first x5c certificate is not a parseable RSA certificate");
        }
        return Optional.of(key);
    }

    private static void checkSignature(JWSObject jws, RSAPublicKey key, String path) {
        try {
            if (!jws.verify(new RSASSAVerifier(key))) {
                throw fail(path, "the JWS signature does not verify against its x5c certificate");
            }
        } catch (JOSEException e) {
            throw fail(path, "the JWS signature could not be verified: " + e.getMessage());
        }
    }

    private static XapiException fail(String path, String rule) {
        return XapiException.badRequest(path + ": " + rule);
    }
}
