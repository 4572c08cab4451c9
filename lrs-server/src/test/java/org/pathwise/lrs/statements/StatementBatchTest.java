package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.StatementParser;

class StatementBatchTest {
    private static final String STATEMENT = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
            + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"6F5A2B1E-0C1D-4E7F-8A9B-0C1D2E3F4A5B\"}}";

    private static ObjectNode authority() {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        a.putObject("account").put("homePage", "http://lrs.example").put("name", "key");
        return a;
    }

    private static List<ObjectNode> parse(String json, XapiVersion version) {
        return new StatementParser(version).parseStatements(json);
    }

    @Test
    void setsIdAuthorityAndVersionAndIndexesTheVoidingTarget() {
        List<NewStatement> out = StatementBatch.prepare(
                parse(STATEMENT, XapiVersion.V1_0_3), null, null, authority(), XapiVersion.V1_0_3);
        NewStatement s = out.get(0);
        assertThat(s.statement().get("id").asText()).isEqualTo(s.id()).matches("[0-9a-f-]{36}");
        assertThat(s.statement().get("authority")).isEqualTo(authority());
        assertThat(s.statement().get("version").asText()).isEqualTo("1.0.0");
        assertThat(s.index().voidedStatementId()).contains("6f5a2b1e-0c1d-4e7f-8a9b-0c1d2e3f4a5b");
        var v2 = StatementBatch.prepare(
                parse(STATEMENT, XapiVersion.V2_0_0), null, null, authority(), XapiVersion.V2_0_0);
        assertThat(v2.get(0).statement().get("version").asText()).isEqualTo("2.0.0");
    }

    @Test
    void aPutTakesItsIdFromTheParameterAndRejectsADifferentOne() {
        String id = "0b9f4e36-3d2c-4a61-9b6e-2f1a0c9d8e7b";
        var out = StatementBatch.prepare(
                parse(STATEMENT, XapiVersion.V1_0_3), id.toUpperCase(), null, authority(), XapiVersion.V1_0_3);
        assertThat(out.get(0).id()).isEqualTo(id);
        String withOtherId = STATEMENT.replaceFirst("\\{", "{\"id\":\"11111111-2222-4333-8444-555555555555\",");
        assertThatThrownBy(() -> StatementBatch.prepare(
                        parse(withOtherId, XapiVersion.V1_0_3), id, null, authority(), XapiVersion.V1_0_3))
                .hasMessageStartingWith("statement.id:");
    }

    @Test
    void attachmentsWithoutFileUrlNeedMultipartParts() {
        String withAttachment = STATEMENT.replaceFirst(
                "\\{",
                "{\"attachments\":[{\"usageType\":\"http://example.com/u\",\"display\":{\"en\":\"x\"},"
                        + "\"contentType\":\"text/plain\",\"length\":1,\"sha2\":\""
                        + "a".repeat(64) + "\"}],");
        assertThatThrownBy(() -> StatementBatch.prepare(
                        parse(withAttachment, XapiVersion.V1_0_3), null, null, authority(), XapiVersion.V1_0_3))
                .hasMessageContaining("fileUrl");
    }
}
