package org.pathwise.lrs.xapi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;

class DocumentsTest {
    private static final Optional<String> CURRENT = Optional.of(ETags.of(bytes("{\"a\":1}")));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void etagIsTheQuotedSha1OfTheContent() {
        assertThat(ETags.of(bytes("abc"))).isEqualTo("\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
    }

    @Test
    void ifMatchPassesOnTheCurrentTagOrStarAndFailsOtherwise() {
        assertThatCode(() -> Preconditions.check(CURRENT.get(), null, CURRENT)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.check("\"x\", " + CURRENT.get(), null, CURRENT))
                .doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.check("*", null, CURRENT)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Preconditions.check("\"x\"", null, CURRENT))
                .isInstanceOfSatisfying(
                        XapiException.class, e -> assertThat(e.kind()).isEqualTo(XapiErrorKind.PRECONDITION_FAILED));
        assertThatThrownBy(() -> Preconditions.check("*", null, Optional.empty()))
                .isInstanceOfSatisfying(
                        XapiException.class, e -> assertThat(e.kind().status()).isEqualTo(412));
    }

    @Test
    void ifNoneMatchStarFailsOnlyWhenTheDocumentExists() {
        assertThatCode(() -> Preconditions.check(null, "*", Optional.empty())).doesNotThrowAnyException();
        assertThatThrownBy(() -> Preconditions.check(null, "*", CURRENT))
                .isInstanceOfSatisfying(
                        XapiException.class, e -> assertThat(e.kind().status()).isEqualTo(412));
    }

    @Test
    void putOverAnExistingDocumentWithoutConditionsIsAConflict() {
        assertThatThrownBy(() -> Preconditions.checkPut(null, null, CURRENT))
                .isInstanceOfSatisfying(
                        XapiException.class, e -> assertThat(e.kind()).isEqualTo(XapiErrorKind.CONFLICT));
        assertThatCode(() -> Preconditions.checkPut(null, null, Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void mergesTwoJsonObjectsShallowly() {
        byte[] merged = DocumentMerge.merge(
                bytes("{\"a\":1,\"b\":{\"x\":1}}"),
                "application/json",
                bytes("{\"b\":{\"y\":2},\"c\":3}"),
                "application/json; charset=utf-8");

        assertThat(new String(merged, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1,\"b\":{\"y\":2},\"c\":3}");
    }

    @Test
    void refusesToMergeAnythingButTwoJsonObjects() {
        assertThatThrownBy(() -> DocumentMerge.merge(bytes("[1]"), "application/json", bytes("{}"), "application/json"))
                .isInstanceOfSatisfying(
                        XapiException.class, e -> assertThat(e.kind().status()).isEqualTo(400));
        assertThatThrownBy(() -> DocumentMerge.merge(bytes("{}"), "text/plain", bytes("{}"), "application/json"))
                .hasMessageContaining("not application/json");
        assertThatThrownBy(() -> DocumentMerge.merge(bytes("{}"), "application/json", bytes("{x}"), "application/json"))
                .hasMessageContaining("not valid JSON");
    }
}
