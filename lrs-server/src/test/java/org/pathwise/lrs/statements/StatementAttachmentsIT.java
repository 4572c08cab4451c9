package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lrs.XapiTestClient.newStore;
import static org.pathwise.lrs.XapiTestClient.server;
import static org.pathwise.lrs.XapiTestClient.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.XapiTestClient.StoreCredential;
import org.pathwise.lrs.xapi.multipart.AttachmentPart;
import org.pathwise.lrs.xapi.multipart.MultipartBody;
import org.pathwise.lrs.xapi.multipart.MultipartParser;
import org.pathwise.lrs.xapi.multipart.MultipartWriter;

/** Attachments over multipart/mixed, and signed statements, through real HTTP. */
class StatementAttachmentsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

    @BeforeAll
    static void start() {
        server();
    }

    private static ObjectNode withAttachment(ObjectNode statement, AttachmentPart part, String usageType) {
        ObjectNode a = statement.putArray("attachments").addObject();
        a.put("usageType", usageType);
        a.putObject("display").put("en-US", "file");
        a.put("contentType", part.contentType());
        a.put("length", part.content().length);
        a.put("sha2", part.sha2());
        return statement;
    }

    private static HttpResponse<byte[]> send(StoreCredential c, String method, String path, String type, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server().baseUrl() + "/xapi" + path))
                .header("X-Experience-API-Version", "1.0.3")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((c.key() + ":" + c.secret()).getBytes()));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> postMultipart(StoreCredential c, String json, List<AttachmentPart> parts)
            throws IOException, InterruptedException {
        MultipartWriter.Message message = MultipartWriter.write(json, parts);
        return send(c, "POST", "/statements", message.contentType(), message.body());
    }

    @Test
    void attachmentsSentAsMultipartComeBackWithAttachmentsTrue() throws Exception {
        StoreCredential c = newStore("all");
        AttachmentPart part =
                AttachmentPart.of("text/plain", "certificate of completion".getBytes(StandardCharsets.UTF_8));
        ObjectNode s = withAttachment(statement(), part, "http://example.com/attachment/certificate");
        HttpResponse<byte[]> posted = postMultipart(c, s.toString(), List.of(part));
        assertThat(posted.statusCode()).as(new String(posted.body())).isEqualTo(200);
        String id = JSON.readTree(posted.body()).get(0).asText();

        HttpResponse<byte[]> single = send(c, "GET", "/statements?attachments=true&statementId=" + id, null, null);
        assertThat(single.statusCode()).isEqualTo(200);
        String type = single.headers().firstValue("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/mixed");
        MultipartBody body = MultipartParser.parse(type, single.body());
        assertThat(JSON.readTree(body.statementJson()).get("id").asText()).isEqualTo(id);
        assertThat(body.attachments()).hasSize(1);
        assertThat(body.attachments().get(0).content()).isEqualTo(part.content());

        HttpResponse<byte[]> list = send(c, "GET", "/statements?attachments=true", null, null);
        MultipartBody listBody =
                MultipartParser.parse(list.headers().firstValue("Content-Type").orElseThrow(), list.body());
        assertThat(JSON.readTree(listBody.statementJson()).get("statements")).hasSize(1);
        assertThat(listBody.attachments()).extracting(AttachmentPart::sha2).containsExactly(part.sha2());

        HttpResponse<byte[]> plain = send(c, "GET", "/statements?statementId=" + id, null, null);
        assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void anAttachmentWithoutItsPartOrFileUrlIsRejected() throws Exception {
        StoreCredential c = newStore("all");
        AttachmentPart part = AttachmentPart.of("text/plain", "x".getBytes(StandardCharsets.UTF_8));
        ObjectNode s = withAttachment(statement(), part, "http://example.com/attachment/x");
        HttpResponse<byte[]> json =
                send(c, "POST", "/statements", "application/json", s.toString().getBytes());
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(new String(json.body())).contains("fileUrl");
        HttpResponse<byte[]> multipart = postMultipart(c, s.toString(), List.of());
        assertThat(multipart.statusCode()).isEqualTo(400);
        AttachmentPart other = AttachmentPart.of("text/plain", "y".getBytes(StandardCharsets.UTF_8));
        assertThat(postMultipart(c, s.toString(), List.of(part, other)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void signedStatementsAreVerifiedBeforeTheyAreStored() throws Exception {
        StoreCredential c = newStore("all");
        ObjectNode s = statement();
        String jws = rs256(s);
        AttachmentPart signature =
                AttachmentPart.of("application/octet-stream", jws.getBytes(StandardCharsets.US_ASCII));
        ObjectNode signed = withAttachment(s.deepCopy(), signature, SIGNATURE);
        assertThat(postMultipart(c, signed.toString(), List.of(signature)).statusCode())
                .isEqualTo(200);

        ObjectNode tampered = signed.deepCopy();
        tampered.with("verb").put("id", "http://adlnet.gov/expapi/verbs/failed");
        HttpResponse<byte[]> rejected = postMultipart(c, tampered.toString(), List.of(signature));
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(new String(rejected.body())).contains("payload");

        String hs = hs256(s);
        AttachmentPart hmac = AttachmentPart.of("application/octet-stream", hs.getBytes(StandardCharsets.US_ASCII));
        ObjectNode hmacSigned = withAttachment(s.deepCopy(), hmac, SIGNATURE);
        assertThat(postMultipart(c, hmacSigned.toString(), List.of(hmac)).statusCode())
                .isEqualTo(400);
        JsonNode stored =
                JSON.readTree(send(c, "GET", "/statements", null, null).body());
        assertThat(stored.get("statements")).hasSize(1);
    }

    @Test
    void aSignedStatementMayCarryMoreDurationPrecisionThanItsSignatureButNotAnotherHundredth() throws Exception {
        // conformance 4.2.7 of 2.0: durations are compared to 0.01 s
        StoreCredential c = newStore("all");
        ObjectNode s = statement();
        s.putObject("result").put("duration", "P1DT12H36M0.12S");
        AttachmentPart signature =
                AttachmentPart.of("application/octet-stream", rs256(s).getBytes(StandardCharsets.US_ASCII));

        ObjectNode finer = withAttachment(s.deepCopy(), signature, SIGNATURE);
        finer.with("result").put("duration", "P1DT12H36M0.1237S");
        assertThat(postMultipart(c, finer.toString(), List.of(signature)).statusCode())
                .isEqualTo(200);

        ObjectNode other = withAttachment(s.deepCopy(), signature, SIGNATURE);
        other.with("result").put("duration", "P1DT12H36M0.13S");
        assertThat(postMultipart(c, other.toString(), List.of(signature)).statusCode())
                .isEqualTo(400);
    }

    private static String rs256(JsonNode statement) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(statement.toString()));
        jws.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        return jws.serialize();
    }

    private static String hs256(JsonNode statement) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(statement.toString()));
        jws.sign(new MACSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
        return jws.serialize();
    }
}
