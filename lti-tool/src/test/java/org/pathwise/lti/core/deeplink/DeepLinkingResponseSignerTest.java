package org.pathwise.lti.core.deeplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lti.core.claims.ClaimNames.*;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.keys.KeyRingToolKeys;
import org.pathwise.lti.core.keys.ToolKey;
import org.pathwise.lti.core.keys.ToolKeyGenerator;
import org.pathwise.lti.core.keys.ToolKeyRing;
import org.pathwise.lti.core.launch.Launch;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.TestPlatform;

class DeepLinkingResponseSignerTest {
    private static final ToolKey TOOL_KEY = ToolKeyGenerator.generate(LaunchHarness.NOW);

    private final LaunchHarness harness = new LaunchHarness();
    private final DeepLinkingResponseSigner signer = new DeepLinkingResponseSigner(
            new KeyRingToolKeys(() -> ToolKeyRing.of(TOOL_KEY), harness.clock), harness.clock, Duration.ofMinutes(5));
    private final Launch request = harness.deepLinkingLaunch(claims -> {});

    private SignedJWT signed(List<ContentItem> items) throws Exception {
        var response = signer.sign(DeepLinkingReturn.from(request), DeepLinkingReply.of(items));
        return SignedJWT.parse(response.jwt());
    }

    @Test
    void signsWithToolKeyRs256AndKidVerifiableWithThePublicKey() throws Exception {
        SignedJWT jwt = signed(List.of());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(TOOL_KEY.kid());
        assertThat(jwt.verify(new RSASSAVerifier(TOOL_KEY.publicJwk()))).isTrue();
    }

    @Test
    void carriesTheResponseClaimsAndEchoesData() throws Exception {
        JWTClaimsSet claims = signed(List.of()).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(TestPlatform.ISSUER);
        assertThat(claims.getStringClaim(MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(DEPLOYMENT_ID)).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(claims.getStringClaim(DL_DATA)).isEqualTo("opaque-data-42");
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(LaunchHarness.NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(LaunchHarness.NOW.plusSeconds(300));
        assertThat(claims.getListClaim(DL_CONTENT_ITEMS)).isEmpty();
    }

    @Test
    void writesResourceLinkItemWithCustomAndLineItem() throws Exception {
        var item = new LtiResourceLinkItem(
                        "Onboarding pathway",
                        Optional.of("For new hires"),
                        Optional.of("https://tool.example.org/lti/launch"),
                        Map.of("pathway", "onboarding"),
                        Optional.empty())
                .withLineItem(
                        new LineItemSpec(50, Optional.of("Onboarding"), Optional.of("pw-1"), Optional.of("final")));

        @SuppressWarnings("unchecked")
        Map<String, Object> written = (Map<String, Object>) signed(List.of(item))
                .getJWTClaimsSet()
                .getListClaim(DL_CONTENT_ITEMS)
                .get(0);

        assertThat(written.get("type")).isEqualTo("ltiResourceLink");
        assertThat(written.get("title")).isEqualTo("Onboarding pathway");
        assertThat(written.get("url")).isEqualTo("https://tool.example.org/lti/launch");
        assertThat(written.get("custom")).isEqualTo(Map.of("pathway", "onboarding"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) written.get("lineItem");
        assertThat(lineItem)
                .containsEntry("label", "Onboarding")
                .containsEntry("resourceId", "pw-1")
                .containsEntry("tag", "final");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(50.0);
    }

    @Test
    void omitsEmptyCustomObject() throws Exception {
        var item = LtiResourceLinkItem.of("Module", "https://tool.example.org/lti/launch", Map.of());

        String payload = signed(List.of(item)).getPayload().toString();

        assertThat(payload).doesNotContain("custom");
    }

    @Test
    void writesWholeScoreMaximumAsInteger() {
        assertThat(LineItemSpec.of(50).toClaim().get("scoreMaximum")).isEqualTo(50L);
        assertThat(LineItemSpec.of(7.5).toClaim().get("scoreMaximum")).isEqualTo(7.5);
    }

    @Test
    void buildsAutoSubmitFormPostingTheJwtToTheReturnUrl() {
        var response = signer.sign(DeepLinkingReturn.from(request), DeepLinkingReply.of(List.of()));

        String html = response.formHtml(Optional.of("n0nce"));

        assertThat(html)
                .contains("action=\"" + TestPlatform.ISSUER + "/deep-link-return?course=2\"")
                .contains("name=\"JWT\" value=\"" + response.jwt() + "\"")
                .contains("<script nonce=\"n0nce\">")
                .contains(".submit()");
    }

    @Test
    void refusesToAnswerAResourceLinkLaunch() {
        Launch resourceLink = harness.launch(claims -> {});

        assertThat(harness.rejection(() -> DeepLinkingReturn.from(resourceLink))
                        .kind()
                        .name())
                .isEqualTo("UNSUPPORTED_MESSAGE_TYPE");
    }
}
