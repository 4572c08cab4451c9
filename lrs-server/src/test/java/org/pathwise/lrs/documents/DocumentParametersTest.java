package org.pathwise.lrs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.documents.DocumentParameters.Method;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.ValidationException;

class DocumentParametersTest {

    private static final String ACTIVITY = "http://example.com/activities/1";
    private static final String AGENT = "{\"mbox\":\"mailto:ada@Example.COM\",\"name\":\"Ada\"}";
    private static final String REGISTRATION = "1D2C3B4A-0000-4000-8000-00000000ABCD";

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return query;
    }

    private static DocumentRequest parse(DocumentKind kind, Method method, Map<String, List<String>> query) {
        return DocumentParameters.parse(kind, method, query, 7, XapiVersion.V1_0_3);
    }

    private static String rejectedParameter(DocumentKind kind, Method method, Map<String, List<String>> query) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                ValidationException.class, () -> parse(kind, method, query));
        assertThat(thrown).as("a 400 for " + query).isNotNull();
        return thrown.first().path();
    }

    @Test
    void parsesStateParametersWithTheAgentReducedToItsCanonicalIfiAndRegistrationInLowerCase() {
        DocumentRequest request = parse(
                DocumentKind.STATE,
                Method.PUT,
                query("activityId", ACTIVITY, "agent", AGENT, "registration", REGISTRATION, "stateId", "bookmark"));

        assertThat(request.key().documentId()).isEqualTo("bookmark");
        assertThat(request.context().storeId()).isEqualTo(7);
        assertThat(request.context().activityId()).isEqualTo(ACTIVITY);
        assertThat(request.context().agent().key()).isEqualTo("mbox::mailto:ada@example.com");
        assertThat(request.context().registration()).isEqualTo("1d2c3b4a-0000-4000-8000-00000000abcd");
    }

    @Test
    void rejectsAMissingActivityIdNamingIt() {
        assertThat(rejectedParameter(DocumentKind.STATE, Method.GET, query("agent", AGENT, "stateId", "s")))
                .isEqualTo("activityId");
    }

    @Test
    void rejectsAnActivityIdThatIsNotAnIri() {
        assertThat(rejectedParameter(
                        DocumentKind.ACTIVITY_PROFILE, Method.GET, query("activityId", "not an iri", "profileId", "p")))
                .isEqualTo("activityId");
    }

    @Test
    void rejectsAnAgentThatIsNotJson() {
        assertThat(rejectedParameter(
                        DocumentKind.AGENT_PROFILE, Method.GET, query("agent", "{mbox: nope", "profileId", "p")))
                .startsWith("agent");
    }

    @Test
    void rejectsAnAgentWithoutIdentifier() {
        assertThat(rejectedParameter(
                        DocumentKind.AGENT_PROFILE, Method.GET, query("agent", "{\"name\":\"Ada\"}", "profileId", "p")))
                .startsWith("agent");
    }

    @Test
    void rejectsARegistrationThatIsNotAUuid() {
        var query = query("activityId", ACTIVITY, "agent", AGENT, "registration", "42", "stateId", "s");
        assertThat(rejectedParameter(DocumentKind.STATE, Method.GET, query)).isEqualTo("registration");
    }

    @Test
    void rejectsAParameterTheResourceDoesNotKnowOrKnowsInAnotherCase() {
        assertThat(rejectedParameter(
                        DocumentKind.ACTIVITY_PROFILE, Method.GET, query("activityId", ACTIVITY, "profileid", "p")))
                .isEqualTo("profileid");
        assertThat(rejectedParameter(
                        DocumentKind.ACTIVITY_PROFILE,
                        Method.GET,
                        query("activityId", ACTIVITY, "agent", AGENT, "profileId", "p")))
                .isEqualTo("agent");
    }

    @Test
    void rejectsAParameterGivenTwice() {
        var query = query("agent", AGENT, "profileId", "a", "profileId", "b");
        assertThat(rejectedParameter(DocumentKind.AGENT_PROFILE, Method.GET, query))
                .isEqualTo("profileId");
    }

    @Test
    void rejectsAnEmptyDocumentId() {
        assertThat(rejectedParameter(DocumentKind.AGENT_PROFILE, Method.PUT, query("agent", AGENT, "profileId", "")))
                .isEqualTo("profileId");
    }

    @Test
    void readsSinceForAListAndRejectsItWithADocumentId() {
        DocumentRequest list = parse(
                DocumentKind.AGENT_PROFILE,
                Method.GET,
                query("agent", AGENT, "since", "2024-05-01T10:00:00.250+02:00"));
        assertThat(list.single()).isFalse();
        assertThat(list.since()).contains(Instant.parse("2024-05-01T08:00:00.250Z"));

        assertThat(rejectedParameter(
                        DocumentKind.AGENT_PROFILE,
                        Method.GET,
                        query("agent", AGENT, "profileId", "p", "since", "2024-05-01T10:00:00Z")))
                .isEqualTo("since");
        assertThat(rejectedParameter(DocumentKind.AGENT_PROFILE, Method.GET, query("agent", AGENT, "since", "May 1")))
                .isEqualTo("since");
    }

    @Test
    void sinceIsNotAParameterOfWrites() {
        var query = query("agent", AGENT, "profileId", "p", "since", "2024-05-01T10:00:00Z");
        assertThat(rejectedParameter(DocumentKind.AGENT_PROFILE, Method.PUT, query))
                .isEqualTo("since");
    }

    @Test
    void writesNeedADocumentIdAndOnlyStateMayDeleteWithoutOne() {
        var state = query("activityId", ACTIVITY, "agent", AGENT);
        assertThat(rejectedParameter(DocumentKind.STATE, Method.PUT, state)).isEqualTo("stateId");
        assertThat(rejectedParameter(DocumentKind.STATE, Method.POST, state)).isEqualTo("stateId");
        assertThat(parse(DocumentKind.STATE, Method.DELETE, state).single()).isFalse();
        assertThat(rejectedParameter(DocumentKind.ACTIVITY_PROFILE, Method.DELETE, query("activityId", ACTIVITY)))
                .isEqualTo("profileId");
    }

    @Test
    void rejectionsAreBadRequests() {
        assertThatThrownBy(() -> parse(DocumentKind.STATE, Method.GET, query()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.kind().status()).isEqualTo(400));
    }
}
