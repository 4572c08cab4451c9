package org.pathwise.lrs.xapi.multipart;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.StrictJson;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.validation.ValidationException;

class AttachmentMatcherTest {
    private static final AttachmentPart PART =
            AttachmentPart.of("text/plain", "essay".getBytes(StandardCharsets.UTF_8));

    private static ObjectNode statementWith(String sha2, boolean fileUrl) {
        ObjectNode statement = (ObjectNode) StrictJson.read("{\"actor\":{\"mbox\":\"mailto:a@example.com\"}}", "s");
        ObjectNode attachment = statement.putArray("attachments").addObject();
        attachment
                .put("usageType", "http://example.com/essay")
                .put("contentType", "text/plain")
                .put("sha2", sha2);
        if (fileUrl) {
            attachment.put("fileUrl", "https://files.example.com/essay.txt");
        }
        return statement;
    }

    @Test
    void acceptsPartsThatMatchTheirAttachments() {
        assertThatCode(() -> AttachmentMatcher.check(List.of(statementWith(PART.sha2(), false)), List.of(PART)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAnAttachmentWithoutPartOrFileUrl() {
        assertThatThrownBy(() -> AttachmentMatcher.check(List.of(statementWith(PART.sha2(), false)), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("statement.attachments[0].sha2: has no fileUrl");
    }

    @Test
    void acceptsAFileUrlAttachmentWithoutPart() {
        assertThatCode(() -> AttachmentMatcher.check(List.of(statementWith(PART.sha2(), true)), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAPartNoAttachmentDeclares() {
        AttachmentPart extra = AttachmentPart.of("text/plain", "extra".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(
                        () -> AttachmentMatcher.check(List.of(statementWith(PART.sha2(), false)), List.of(PART, extra)))
                .isInstanceOf(XapiException.class)
                .hasMessageContaining("multipart part 2: no attachment");
    }

    @Test
    void rejectsAPartWhoseContentDoesNotHashToItsHeader() {
        AttachmentPart forged = new AttachmentPart(PART.sha2(), "text/plain", "other".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AttachmentMatcher.check(List.of(statementWith(PART.sha2(), false)), List.of(forged)))
                .hasMessageContaining("does not match");
    }

    @Test
    void requiresFileUrlsInPlainJsonRequests() {
        assertThatThrownBy(() -> AttachmentMatcher.requireFileUrls(List.of(statementWith(PART.sha2(), false))))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("statement.attachments[0].fileUrl");
        assertThatCode(() -> AttachmentMatcher.requireFileUrls(List.of(statementWith(PART.sha2(), true))))
                .doesNotThrowAnyException();
    }
}
