package org.pathwise.lrs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiException;

class AlternateRequestTest {

    @Test
    void splitsTheFormIntoHeadersParametersAndContent() {
        AlternateRequest r = AlternateRequest.parse(
                "put",
                "statementId=abc&Authorization=Basic%20eDp5&X-Experience-API-Version=1.0.3"
                        + "&content=%7B%22a%22%3A1%7D&Content-Type=application%2Fjson");
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.headers())
                .containsEntry("Authorization", "Basic eDp5")
                .containsEntry("x-experience-api-version", "1.0.3")
                .containsEntry("content-type", "application/json");
        assertThat(r.parameters()).containsOnlyKeys("statementId");
        assertThat(r.content()).isEqualTo("{\"a\":1}");
    }

    @Test
    void contentWithoutAContentTypeIsTakenAsJson() {
        AlternateRequest r = AlternateRequest.parse("POST", "content=%5B%5D");
        assertThat(r.headers()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void rejectsUnknownMethodsAndRepeatedFields() {
        assertThatThrownBy(() -> AlternateRequest.parse("PATCH", ""))
                .isInstanceOf(XapiException.class)
                .hasMessageStartingWith("method:");
        assertThatThrownBy(() -> AlternateRequest.parse("GET", "a=1&a=2")).hasMessageStartingWith("a:");
    }
}
