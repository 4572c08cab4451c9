package org.pathwise.lrs.xapi.signature;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.lrs.xapi.Fixtures;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;
import org.pathwise.lrs.xapi.validation.StatementParser;

class SignatureVerifierTest {
    private static KeyPair keys;

    @BeforeAll
    static void generateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    private static ObjectNode unsigned() {
        return new StatementParser(XapiVersion.V1_0_3)
                .parseStatement(Fixtures.text("/xapi/statements/valid/full-activity-statement.json"));
    }

    /** The statement as received: the original plus the signature attachment; and the part carrying the JWS. */
    private record Signed(ObjectNode statement, List<AttachmentPart> parts) {}

    private static Signed sign(ObjectNode original, String jws, String contentType) {
        AttachmentPart part = AttachmentPart.of("application/octet-stream", jws.getBytes(StandardCharsets.US_ASCII));
        ObjectNode received = original.deepCopy();
        ObjectNode attachment = received.putArray("attachments").addObject();
        attachment.put("usageType", SignatureVerifier.SIGNATURE_USAGE).put("contentType", contentType);
        attachment.putObject("display").put("en-US", "Signature");
        attachment.put("length", jws.length()).put("sha2", part.sha2());
        return new Signed(received, List.of(part));
    }

    private static String rsa(JWSHeader header, String payload, PrivateKey key) throws Exception {
        JWSObject jws = new JWSObject(header, new Payload(payload));
        jws.sign(new RSASSASigner(key));
        return jws.serialize();
    }

    private static void verify(Signed signed) {
        SignatureVerifier.verify(signed.statement(), signed.parts(), "statement");
    }

    @Test
    void acceptsRs256Rs384AndRs512SignaturesOfTheStatement() throws Exception {
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512)) {
            String jws = rsa(new JWSHeader(alg), unsigned().toString(), keys.getPrivate());

            assertThatCode(() -> verify(sign(unsigned(), jws, "application/octet-stream")))
                    .as(alg.getName())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void rejectsHs256() throws Exception {
        JWSObject jws = new JWSObject(
                new JWSHeader(JWSAlgorithm.HS256), new Payload(unsigned().toString()));
        jws.sign(new MACSigner(new byte[32]));

        assertThatThrownBy(() -> verify(sign(unsigned(), jws.serialize(), "application/octet-stream")))
                .isInstanceOf(XapiException.class)
                .hasMessageContaining("RS256, RS384 or RS512");
    }

    @Test
    void rejectsAPayloadThatIsNotJson() throws Exception {
        String jws = rsa(
                new JWSHeader(JWSAlgorithm.RS256), unsigned().toString().replaceFirst("\"", "'"), keys.getPrivate());

        assertThatThrownBy(() -> verify(sign(unsigned(), jws, "application/octet-stream")))
                .hasMessageContaining("not a valid JSON serialization");
    }

    @Test
    void rejectsAPayloadThatIsAnotherStatement() throws Exception {
        ObjectNode other = unsigned();
        other.with("result").put("success", false);
        String jws = rsa(new JWSHeader(JWSAlgorithm.RS256), other.toString(), keys.getPrivate());

        assertThatThrownBy(() -> verify(sign(unsigned(), jws, "application/octet-stream")))
                .hasMessageContaining("payload is not the statement");
    }

    @Test
    void rejectsASignatureAttachmentWithAnotherContentType() throws Exception {
        String jws = rsa(new JWSHeader(JWSAlgorithm.RS256), unsigned().toString(), keys.getPrivate());

        assertThatThrownBy(() -> verify(sign(unsigned(), jws, "text/plain; charset=ascii")))
                .hasMessageStartingWith("statement.attachments[0].contentType");
    }

    @Test
    void rejectsMalformedJwsAndAMissingPart() throws Exception {
        assertThatThrownBy(() -> verify(sign(unsigned(), "not.a-jws", "application/octet-stream")))
                .hasMessageContaining("not a JWS");
        Signed signed = sign(
                unsigned(),
                rsa(new JWSHeader(JWSAlgorithm.RS256), unsigned().toString(), keys.getPrivate()),
                "application/octet-stream");
        assertThatThrownBy(() -> SignatureVerifier.verify(signed.statement(), List.of(), "statement"))
                .hasMessageContaining("not attached");
    }

    @Test
    void checksTheSignatureAgainstTheX5cCertificate(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("signer.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-alias",
                        "signer",
                        "-dname",
                        "CN=Signer",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        keytool.waitFor();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keyStore.load(in, "changeit".toCharArray());
        }
        PrivateKey key = (PrivateKey) keyStore.getKey("signer", "changeit".toCharArray());
        X509Certificate cert = (X509Certificate) keyStore.getCertificate("signer");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .x509CertChain(List.of(Base64.encode(cert.getEncoded())))
                .build();

        String good = rsa(header, unsigned().toString(), key);
        String wrongKey = rsa(header, unsigned().toString(), keys.getPrivate());

        assertThatCode(() -> verify(sign(unsigned(), good, "application/octet-stream")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> verify(sign(unsigned(), wrongKey, "application/octet-stream")))
                .hasMessageContaining("does not verify against its x5c certificate");
    }
}
