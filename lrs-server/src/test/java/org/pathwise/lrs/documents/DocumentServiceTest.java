package org.pathwise.lrs.documents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiErrorKind;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.document.ETags;
import org.pathwise.lrs.xapi.model.Ifi;

class DocumentServiceTest {

    private static final Ifi ADA = new Ifi("mbox", "mailto:ada@example.com");
    private static final String ACTIVITY = "http://example.com/activities/1";
    private static final DocumentKey PROFILE =
            new DocumentContext(1, DocumentKind.ACTIVITY_PROFILE, ACTIVITY, null, null).document("p");
    private static final DocumentKey STATE =
            new DocumentContext(1, DocumentKind.STATE, ACTIVITY, ADA, null).document("s");

    /** If-None-Match: *, as a client creating a profile document sends it. */
    private static final Conditions CREATE = new Conditions(null, "*");

    private final InMemoryDocumentRepository repository = new InMemoryDocumentRepository();
    private final DocumentService service = new DocumentService();

    @BeforeEach
    void wire() {
        service.repository = repository;
        service.clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00.123456789Z"), ZoneOffset.UTC);
    }

    private static Upload json(String text) {
        return new Upload(text.getBytes(UTF_8), "application/json");
    }

    private static XapiErrorKind failure(Runnable call) {
        try {
            call.run();
        } catch (XapiException e) {
            return e.kind();
        }
        throw new AssertionError("expected an XapiException");
    }

    private String stored(DocumentKey key) {
        return new String(service.get(key).content(), UTF_8);
    }

    @Test
    void storesAnyBytesWithTheirContentTypeAQuotedSha1EtagAndMillisecondUpdated() {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        service.put(PROFILE, new Upload(bytes, "image/png"), CREATE, XapiVersion.V1_0_3);

        Document document = service.get(PROFILE);
        assertThat(document.content()).isEqualTo(bytes);
        assertThat(document.contentType()).isEqualTo("image/png");
        assertThat(document.etag()).isEqualTo(ETags.of(bytes)).startsWith("\"").endsWith("\"");
        assertThat(document.updated()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
    }

    @Test
    void aBodyWithoutContentTypeIsStoredAsOctetStream() {
        service.put(PROFILE, new Upload("x".getBytes(UTF_8), null), CREATE, XapiVersion.V1_0_3);

        assertThat(service.get(PROFILE).contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void putOverAnExistingProfileWithoutPreconditionIsAConflictAndChangesNothing() {
        service.put(PROFILE, json("{\"a\":1}"), CREATE, XapiVersion.V1_0_3);

        assertThat(failure(() -> service.put(PROFILE, json("{\"a\":2}"), Conditions.none(), XapiVersion.V1_0_3)))
                .isEqualTo(XapiErrorKind.CONFLICT);
        assertThat(stored(PROFILE)).isEqualTo("{\"a\":1}");
    }

    @Test
    void putOverAnExistingStateWithoutPreconditionOverwritesUnder103ButConflictsUnder20() {
        service.put(STATE, json("{\"a\":1}"), Conditions.none(), XapiVersion.V1_0_3);
        service.put(STATE, json("{\"a\":2}"), Conditions.none(), XapiVersion.V1_0_3);
        assertThat(stored(STATE)).isEqualTo("{\"a\":2}");

        assertThat(failure(() -> service.put(STATE, json("{\"a\":3}"), Conditions.none(), XapiVersion.V2_0_0)))
                .isEqualTo(XapiErrorKind.CONFLICT);
    }

    @Test
    void putWithTheCurrentEtagOverwritesAndWithAStaleOneFails() {
        String first = service.put(PROFILE, json("{\"a\":1}"), CREATE, XapiVersion.V1_0_3)
                .etag();
        service.put(PROFILE, json("{\"a\":2}"), new Conditions(first, null), XapiVersion.V1_0_3);

        assertThat(failure(
                        () -> service.put(PROFILE, json("{\"a\":3}"), new Conditions(first, null), XapiVersion.V1_0_3)))
                .isEqualTo(XapiErrorKind.PRECONDITION_FAILED);
        assertThat(stored(PROFILE)).isEqualTo("{\"a\":2}");
    }

    @Test
    void ifNoneMatchStarCreatesOnlyWhenAbsent() {
        service.put(PROFILE, json("{\"a\":1}"), new Conditions(null, "*"), XapiVersion.V1_0_3);

        assertThat(failure(
                        () -> service.put(PROFILE, json("{\"a\":2}"), new Conditions(null, "*"), XapiVersion.V1_0_3)))
                .isEqualTo(XapiErrorKind.PRECONDITION_FAILED);
    }

    @Test
    void postMergesTopLevelPropertiesIntoTheStoredJsonObject() {
        service.post(STATE, json("{\"a\":1,\"b\":{\"x\":1}}"), Conditions.none());
        Document merged = service.post(STATE, json("{\"b\":{\"y\":2},\"c\":3}"), Conditions.none());

        assertThat(stored(STATE)).isEqualTo("{\"a\":1,\"b\":{\"y\":2},\"c\":3}");
        assertThat(merged.contentType()).isEqualTo("application/json");
        assertThat(merged.etag()).isEqualTo(ETags.of(merged.content()));
    }

    @Test
    void postThatCannotMergeIsABadRequestAndLeavesTheDocument() {
        service.put(STATE, new Upload("plain".getBytes(UTF_8), "text/plain"), Conditions.none(), XapiVersion.V1_0_3);
        assertThat(failure(() -> service.post(STATE, json("{\"a\":1}"), Conditions.none())))
                .isEqualTo(XapiErrorKind.BAD_REQUEST);
        assertThat(stored(STATE)).isEqualTo("plain");

        service.post(PROFILE, json("{\"a\":1}"), Conditions.none());
        assertThat(failure(() -> service.post(PROFILE, json("[1,2]"), Conditions.none())))
                .isEqualTo(XapiErrorKind.BAD_REQUEST);
        assertThat(stored(PROFILE)).isEqualTo("{\"a\":1}");
    }

    @Test
    void postOfJsonThatIsNotAnObjectWhereNoneIsStoredIsABadRequest() {
        assertThat(failure(() -> service.post(PROFILE, json("\"text\""), Conditions.none())))
                .isEqualTo(XapiErrorKind.BAD_REQUEST);
        assertThat(repository.documents).isEmpty();
    }

    @Test
    void postWithAStaleIfMatchIsAPreconditionFailure() {
        service.post(PROFILE, json("{\"a\":1}"), Conditions.none());

        assertThat(failure(() -> service.post(PROFILE, json("{\"b\":1}"), new Conditions("\"0000\"", null))))
                .isEqualTo(XapiErrorKind.PRECONDITION_FAILED);
    }

    @Test
    void deleteWithAStaleIfMatchKeepsTheDocumentAndWithoutHeadersRemovesIt() {
        service.put(PROFILE, json("{\"a\":1}"), CREATE, XapiVersion.V1_0_3);

        assertThat(failure(() -> service.delete(PROFILE, new Conditions("\"0000\"", null))))
                .isEqualTo(XapiErrorKind.PRECONDITION_FAILED);
        service.delete(PROFILE, Conditions.none());

        assertThat(failure(() -> service.get(PROFILE))).isEqualTo(XapiErrorKind.NOT_FOUND);
    }

    @Test
    void deletingAMissingDocumentSucceedsUnlessIfMatchExpectsOne() {
        service.delete(PROFILE, Conditions.none());

        assertThatThrownBy(() -> service.delete(PROFILE, new Conditions("*", null)))
                .isInstanceOfSatisfying(
                        XapiException.class, e -> assertThat(e.kind()).isEqualTo(XapiErrorKind.PRECONDITION_FAILED));
    }

    @Test
    void listsIdsWrittenAfterSinceAndDeletesAllOfAContext() {
        DocumentContext context = STATE.context();
        service.clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        service.put(context.document("old"), json("{}"), Conditions.none(), XapiVersion.V1_0_3);
        service.clock = Clock.fixed(Instant.parse("2024-05-01T11:00:00Z"), ZoneOffset.UTC);
        service.put(context.document("new"), json("{}"), Conditions.none(), XapiVersion.V1_0_3);

        assertThat(service.ids(context, Optional.empty())).containsExactly("old", "new");
        assertThat(service.ids(context, Optional.of(Instant.parse("2024-05-01T10:00:00Z"))))
                .containsExactly("new");

        service.deleteAll(context);
        assertThat(service.ids(context, Optional.empty())).isEmpty();
    }

    @Test
    void creatingAProfileWithoutPreconditionIsABadRequestUnder103AndAllowedUnder20() {
        assertThat(failure(() -> service.put(PROFILE, json("{\"a\":1}"), Conditions.none(), XapiVersion.V1_0_3)))
                .isEqualTo(XapiErrorKind.BAD_REQUEST);
        assertThat(failure(() -> service.get(PROFILE))).isEqualTo(XapiErrorKind.NOT_FOUND);

        service.put(PROFILE, json("{\"a\":1}"), Conditions.none(), XapiVersion.V2_0_0);
        assertThat(stored(PROFILE)).isEqualTo("{\"a\":1}");
    }

    @Test
    void creatingAStateWithoutPreconditionIsAllowedUnderBothVersions() {
        service.put(STATE, json("{\"a\":1}"), Conditions.none(), XapiVersion.V1_0_3);

        assertThat(stored(STATE)).isEqualTo("{\"a\":1}");
    }
}
