package org.pathwise.lti.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.claims.AgsEndpoint;
import org.pathwise.lti.core.claims.NrpsEndpoint;
import org.pathwise.lti.core.claims.Role;
import org.pathwise.lti.core.keys.KeyRingToolKeys;
import org.pathwise.lti.core.keys.ToolKey;
import org.pathwise.lti.core.keys.ToolKeyGenerator;
import org.pathwise.lti.core.keys.ToolKeyRing;
import org.pathwise.lti.core.registration.PlatformRegistration;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.MutableClock;
import org.pathwise.lti.core.testplatform.TestPlatform;

class ServiceClientsTest {
    private static final ToolKey TOOL_KEY = ToolKeyGenerator.generate(LaunchHarness.NOW);
    private static final String LINEITEM =
            "https://lms.example.edu/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1";

    private final MutableClock clock = new MutableClock(LaunchHarness.NOW);
    private final FakeHttp http = new FakeHttp();
    private final AccessTokenClient tokens =
            new AccessTokenClient(http, new KeyRingToolKeys(() -> ToolKeyRing.of(TOOL_KEY), clock), clock);
    private final AuthorizedCalls calls = new AuthorizedCalls(http, tokens);
    private final PlatformRegistration registration = new TestPlatform(clock).registration();
    private final AgsEndpoint ags = new AgsEndpoint(
            List.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE),
            Optional.of("https://lms.example.edu/mod/lti/services.php/2/lineitems?type_id=1"),
            Optional.of(LINEITEM));

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void requestsTokenWithSignedClientAssertion() throws Exception {
        tokens.token(registration, List.of(AgsEndpoint.SCOPE_SCORE));

        HttpRequest request = http.requests.get(0);
        Map<String, String> form = form(request.body().orElseThrow());
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        var claims = assertion.getJWTClaimsSet();
        assertThat(request.url()).isEqualTo(registration.tokenEndpoint());
        assertThat(request.headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
        assertThat(form)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", AgsEndpoint.SCOPE_SCORE);
        assertThat(assertion.verify(new RSASSAVerifier(TOOL_KEY.publicJwk()))).isTrue();
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(TOOL_KEY.kid());
        assertThat(claims.getIssuer()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(registration.tokenEndpoint());
        assertThat(claims.getIssueTime().toInstant()).isBefore(LaunchHarness.NOW);
        assertThat(claims.getExpirationTime().toInstant()).isBeforeOrEqualTo(LaunchHarness.NOW.plusSeconds(300));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void reusesCachedTokenUntilItExpires() {
        String first = tokens.token(registration, List.of(AgsEndpoint.SCOPE_SCORE));
        clock.advance(Duration.ofMinutes(50));
        String second = tokens.token(registration, List.of(AgsEndpoint.SCOPE_SCORE));
        clock.advance(Duration.ofMinutes(10));
        String third = tokens.token(registration, List.of(AgsEndpoint.SCOPE_SCORE));

        assertThat(second).isEqualTo(first);
        assertThat(third).isNotEqualTo(first);
        assertThat(http.tokensIssued).isEqualTo(2);
    }

    @Test
    void postsScoreToScoresPathBeforeTheQueryWithScoreMediaType() {
        http.answer(200, "");

        new AgsClient(calls).postScore(registration, ags, LINEITEM, Score.graded("4", 42, 50, LaunchHarness.NOW));

        HttpRequest request = http.serviceRequests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url())
                .isEqualTo("https://lms.example.edu/mod/lti/services.php/2/lineitems/2/lineitem/scores?type_id=1");
        assertThat(request.headers())
                .containsEntry("Content-Type", "application/vnd.ims.lis.v1.score+json")
                .containsEntry("Authorization", "Bearer token-1");
        assertThat(request.body().orElseThrow())
                .contains("\"userId\":\"4\"")
                .contains("\"scoreGiven\":42.0")
                .contains("\"scoreMaximum\":50.0")
                .contains("\"activityProgress\":\"Completed\"")
                .contains("\"gradingProgress\":\"FullyGraded\"")
                .contains("\"timestamp\":\"2025-06-02T09:00:00Z\"");
    }

    @Test
    void refreshesTheTokenOnceOn401() {
        http.answer(401, "expired").answer(204, "");

        new AgsClient(calls).postScore(registration, ags, LINEITEM, Score.graded("4", 1, 2, LaunchHarness.NOW));

        assertThat(http.tokensIssued).isEqualTo(2);
        assertThat(http.serviceRequests().get(1).headers()).containsEntry("Authorization", "Bearer token-2");
    }

    @Test
    void reportsUngradableUserAsRejected() {
        http.answer(400, "Incorrect score received");

        assertThatThrownBy(() -> new AgsClient(calls)
                        .postScore(registration, ags, LINEITEM, Score.graded("4", 1, 2, LaunchHarness.NOW)))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceException.Kind.REJECTED);
                    assertThat(e.getMessage()).contains("Incorrect score received");
                });
    }

    @Test
    void mapsDeletedLineItemAndMissingScope() {
        http.answer(404, "").answer(403, "");
        AgsClient client = new AgsClient(calls);

        assertThatThrownBy(() -> client.get(registration, ags, LINEITEM))
                .extracting(e -> ((ServiceException) e).kind())
                .isEqualTo(ServiceException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> client.get(registration, ags, LINEITEM))
                .extracting(e -> ((ServiceException) e).kind())
                .isEqualTo(ServiceException.Kind.FORBIDDEN);
    }

    @Test
    void queriesLineItemsByResourceLink() {
        http.answer(200, FakeHttp.fixture("lineitems.json"));

        List<LineItem> items = new AgsClient(calls).lineItems(registration, ags, LineItemQuery.byResourceLink("1"));

        assertThat(http.serviceRequests().get(0).url())
                .isEqualTo("https://lms.example.edu/mod/lti/services.php/2/lineitems?type_id=1&resource_link_id=1");
        assertThat(http.serviceRequests().get(0).headers())
                .containsEntry("Accept", "application/vnd.ims.lis.v2.lineitemcontainer+json");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.id()).contains(LINEITEM);
            assertThat(item.scoreMaximum()).isEqualTo(50);
            assertThat(item.tag()).contains("final");
        });
    }

    @Test
    void createsUpdatesAndDeletesLineItems() {
        String created = "{\"id\":\"" + LINEITEM + "\",\"label\":\"Onboarding\",\"scoreMaximum\":50}";
        http.answer(201, created)
                .answer(200, created.replace("Onboarding", "Renamed"))
                .answer(204, "");
        AgsClient client = new AgsClient(calls);

        LineItem item =
                client.create(registration, ags, LineItem.of("Onboarding", 50).withResource("pw-1", "final", "1"));
        LineItem renamed = client.update(registration, ags, item);
        client.delete(registration, ags, item.id().orElseThrow());

        List<HttpRequest> sent = http.serviceRequests();
        assertThat(sent.get(0).method()).isEqualTo("POST");
        assertThat(sent.get(0).headers()).containsEntry("Content-Type", "application/vnd.ims.lis.v2.lineitem+json");
        assertThat(sent.get(0).body().orElseThrow())
                .contains("\"resourceLinkId\":\"1\"")
                .contains("\"tag\":\"final\"");
        assertThat(sent.get(1).method()).isEqualTo("PUT");
        assertThat(sent.get(1).url()).isEqualTo(LINEITEM);
        assertThat(renamed.label()).isEqualTo("Renamed");
        assertThat(sent.get(2).method()).isEqualTo("DELETE");
    }

    @Test
    void followsNrpsNextLinksUntilAbsent() {
        String next = "https://lms.example.edu/memberships?limit=1&from=1";
        http.answer(200, FakeHttp.fixture("nrps-page-1.json"), Map.of("Link", List.of("<" + next + ">;rel=\"next\"")))
                .answer(200, FakeHttp.fixture("nrps-page-2.json"));
        NrpsEndpoint endpoint = new NrpsEndpoint("https://lms.example.edu/memberships", List.of("2.0"));

        List<Member> members = new NrpsClient(calls)
                .members(
                        registration,
                        endpoint,
                        new NrpsClient.Query(Optional.empty(), OptionalInt.of(1), Optional.empty()));

        assertThat(http.serviceRequests())
                .extracting(HttpRequest::url)
                .containsExactly("https://lms.example.edu/memberships?limit=1", next);
        assertThat(http.serviceRequests().get(0).headers())
                .containsEntry("Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
        assertThat(members).extracting(Member::userId).containsExactly("4", "2");
        assertThat(members.get(0).roles().has(Role.LEARNER)).isTrue();
        assertThat(members.get(0).email()).contains("ada@example.edu");
        assertThat(members.get(1).roles().mapped()).containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.ADMINISTRATOR);
        assertThat(members.get(1).name()).isEmpty();
    }

    @Test
    void followsLineItemContainerPagesWithEveryFilter() {
        String next = "https://lms.example.edu/mod/lti/services.php/2/lineitems?type_id=1&limit=1&from=1";
        http.answer(200, FakeHttp.fixture("lineitems.json"), Map.of("Link", List.of("<" + next + ">; rel=\"next\"")))
                .answer(200, "[]");

        List<LineItem> items = new AgsClient(calls)
                .lineItems(
                        registration,
                        ags,
                        new LineItemQuery(
                                Optional.of("1"),
                                Optional.of("pathway:demo"),
                                Optional.of("final"),
                                OptionalInt.of(1)));

        assertThat(http.serviceRequests())
                .extracting(HttpRequest::url)
                .containsExactly(
                        "https://lms.example.edu/mod/lti/services.php/2/lineitems?type_id=1&resource_link_id=1"
                                + "&resource_id=pathway%3Ademo&tag=final&limit=1",
                        next);
        assertThat(items).hasSize(1);
    }

    @Test
    void readsResultsOfALineItemForOneUserAcrossPages() {
        String first = "https://lms.example.edu/mod/lti/services.php/2/lineitems/2/lineitem/results?type_id=1"
                + "&user_id=4&limit=1";
        String next = first + "&from=1";
        http.answer(
                        200,
                        "[{\"id\":\"r1\",\"userId\":\"4\",\"resultScore\":40,\"resultMaximum\":50," + "\"scoreOf\":\""
                                + LINEITEM + "\"}]",
                        Map.of("Link", List.of("<" + next + ">;rel=\"next\"")))
                .answer(200, "[{\"userId\":\"4\",\"comment\":\"no grade yet\"}]");

        List<Result> results =
                new AgsClient(calls).results(registration, ags, LINEITEM, Optional.of("4"), OptionalInt.of(1));

        assertThat(http.serviceRequests()).extracting(HttpRequest::url).containsExactly(first, next);
        assertThat(http.serviceRequests().get(0).headers())
                .containsEntry("Accept", "application/vnd.ims.lis.v2.resultcontainer+json");
        assertThat(results.get(0).resultScore()).hasValue(40);
        assertThat(results.get(0).resultMaximum()).hasValue(50);
        assertThat(results.get(0).scoreOf()).contains(LINEITEM);
        assertThat(results.get(1).resultScore()).isEmpty();
        assertThat(results.get(1).comment()).contains("no grade yet");
    }

    @Test
    void sendsNrpsRoleLimitAndResourceLinkFilters() {
        http.answer(200, FakeHttp.fixture("nrps-page-2.json"));
        NrpsEndpoint endpoint = new NrpsEndpoint("https://lms.example.edu/memberships?course=2", List.of("2.0"));

        new NrpsClient(calls)
                .members(
                        registration,
                        endpoint,
                        new NrpsClient.Query(
                                Optional.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                                OptionalInt.of(50),
                                Optional.of("link-1")));

        assertThat(http.serviceRequests().get(0).url())
                .isEqualTo("https://lms.example.edu/memberships?course=2"
                        + "&role=http%3A%2F%2Fpurl.imsglobal.org%2Fvocab%2Flis%2Fv2%2Fmembership%23Learner"
                        + "&limit=50&rlid=link-1");
        assertThat(tokens.token(registration, List.of(NrpsEndpoint.SCOPE))).isEqualTo("token-1");
        assertThat(http.requests.get(0).body().orElseThrow()).contains("contextmembership.readonly");
    }
}
