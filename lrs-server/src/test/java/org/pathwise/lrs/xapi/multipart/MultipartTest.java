package org.pathwise.lrs.xapi.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiException;

class MultipartTest {
    private static final String JSON = "{\"a\":1}";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsBackWhatItWrites() {
        AttachmentPart text = AttachmentPart.of("text/plain", bytes("hello\r\n--not-a-boundary\r\n"));
        AttachmentPart binary = AttachmentPart.of("image/png", new byte[] {0, (byte) 0xff, '\r', '\n', 1});

        MultipartWriter.Message message = MultipartWriter.write(JSON, List.of(text, binary));
        MultipartBody body = MultipartParser.parse(message.contentType(), message.body());

        assertThat(body.statementJson()).isEqualTo(JSON);
        assertThat(body.attachments()).containsExactly(text, binary);
    }

    @Test
    void acceptsAPreambleQuotedBoundaryAndHeadersWithoutSpaces() {
        AttachmentPart part = AttachmentPart.of("text/plain", bytes("data"));
        String body = "\r\n--b1\r\nContent-Type:application/json\r\n\r\n" + JSON
                + "\r\n--b1\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:"
                + part.sha2() + "\r\n\r\ndata\r\n--b1--";

        MultipartBody parsed = MultipartParser.parse("multipart/mixed; boundary=\"b1\"", bytes(body));

        assertThat(parsed.attachments()).containsExactly(part);
    }

    @Test
    void rejectsAFirstPartThatIsNotJson() {
        String body = "--b\r\nContent-Type: text/plain\r\n\r\n" + JSON + "\r\n--b--";

        assertThatThrownBy(() -> MultipartParser.parse("multipart/mixed; boundary=b", bytes(body)))
                .isInstanceOf(XapiException.class)
                .hasMessageContaining("application/json");
    }

    @Test
    void rejectsAPartWithoutHashHeader() {
        String body = "--b\r\nContent-Type: application/json\r\n\r\n" + JSON
                + "\r\n--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n\r\ndata\r\n--b--";

        assertThatThrownBy(() -> MultipartParser.parse("multipart/mixed; boundary=b", bytes(body)))
                .hasMessageContaining("X-Experience-API-Hash");
    }

    @Test
    void rejectsAPartWithoutBinaryTransferEncoding() {
        String body = "--b\r\nContent-Type: application/json\r\n\r\n" + JSON
                + "\r\n--b\r\nContent-Type: text/plain\r\nX-Experience-API-Hash: abc\r\n\r\ndata\r\n--b--";

        assertThatThrownBy(() -> MultipartParser.parse("multipart/mixed; boundary=b", bytes(body)))
                .hasMessageContaining("Content-Transfer-Encoding");
    }

    @Test
    void rejectsFormDataAndAMissingBoundary() {
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b", bytes("")))
                .hasMessageContaining("multipart/mixed");
        assertThatThrownBy(() -> MultipartParser.parse("multipart/mixed", bytes("")))
                .hasMessageContaining("boundary");
    }

    @Test
    void rejectsABodyWithoutClosingBoundary() {
        String body = "--b\r\nContent-Type: application/json\r\n\r\n" + JSON;

        assertThatThrownBy(() -> MultipartParser.parse("multipart/mixed; boundary=b", bytes(body)))
                .hasMessageContaining("closing boundary");
    }
}
