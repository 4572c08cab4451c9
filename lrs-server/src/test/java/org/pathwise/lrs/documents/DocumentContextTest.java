package org.pathwise.lrs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.model.AgentParameter;
import org.pathwise.lrs.xapi.model.Ifi;

class DocumentContextTest {

    private static Ifi agent(String json) {
        return AgentParameter.parse(json, "agent", XapiVersion.V1_0_3);
    }

    @Test
    void agentsWithTheSameIfiShareAKeyWhateverTheirNameOrDomainCase() {
        var a = new DocumentContext(
                1, DocumentKind.AGENT_PROFILE, null, agent("{\"mbox\":\"mailto:a@EXAMPLE.com\"}"), null);
        var b = new DocumentContext(
                1, DocumentKind.AGENT_PROFILE, null, agent("{\"name\":\"A\",\"mbox\":\"mailto:a@example.com\"}"), null);

        assertThat(a.agentHash()).isEqualTo(b.agentHash()).hasSize(64);
    }

    @Test
    void differentIfiTypesAreDifferentAgents() {
        var mbox = agent("{\"mbox\":\"mailto:a@example.com\"}");
        var openid = agent("{\"openid\":\"mailto:a@example.com\"}");

        assertThat(new DocumentContext(1, DocumentKind.AGENT_PROFILE, null, mbox, null).agentHash())
                .isNotEqualTo(new DocumentContext(1, DocumentKind.AGENT_PROFILE, null, openid, null).agentHash());
    }

    @Test
    void absentParametersAreEmptyKeyPartsSoUniqueKeysStillHold() {
        var profile = new DocumentContext(1, DocumentKind.ACTIVITY_PROFILE, "http://example.com/a", null, null);

        assertThat(profile.agentHash()).isEmpty();
        assertThat(profile.registrationColumn()).isEmpty();
        assertThat(profile.activityHash()).isEqualTo(KeyHash.of("http://example.com/a"));
    }

    @Test
    void documentIdsOfAnyLengthHashToSixtyFourHexDigits() {
        var key = new DocumentContext(1, DocumentKind.ACTIVITY_PROFILE, "http://example.com/a", null, null)
                .document("x".repeat(10_000));

        assertThat(key.documentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void refusesParametersTheKindDoesNotHave() {
        Ifi a = agent("{\"mbox\":\"mailto:a@example.com\"}");
        assertThatThrownBy(() -> new DocumentContext(1, DocumentKind.ACTIVITY_PROFILE, "http://example.com/a", a, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentContext(1, DocumentKind.AGENT_PROFILE, null, a, "reg"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentContext(1, DocumentKind.STATE, "http://example.com/a", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyProfilesNeedAPreconditionToOverwriteUnder103AndAllDocumentsUnder20() {
        assertThat(DocumentKind.STATE.putNeedsPrecondition(XapiVersion.V1_0_3)).isFalse();
        assertThat(DocumentKind.STATE.putNeedsPrecondition(XapiVersion.V2_0_0)).isTrue();
        assertThat(DocumentKind.ACTIVITY_PROFILE.putNeedsPrecondition(XapiVersion.V1_0_3))
                .isTrue();
        assertThat(DocumentKind.AGENT_PROFILE.putNeedsPrecondition(XapiVersion.V1_0_3))
                .isTrue();
    }

    @Test
    void onlyProfilesUnder103NeedAPreconditionEvenToCreate() {
        assertThat(DocumentKind.ACTIVITY_PROFILE.putAlwaysNeedsPrecondition(XapiVersion.V1_0_3))
                .isTrue();
        assertThat(DocumentKind.AGENT_PROFILE.putAlwaysNeedsPrecondition(XapiVersion.V1_0_3))
                .isTrue();
        assertThat(DocumentKind.ACTIVITY_PROFILE.putAlwaysNeedsPrecondition(XapiVersion.V2_0_0))
                .isFalse();
        assertThat(DocumentKind.STATE.putAlwaysNeedsPrecondition(XapiVersion.V1_0_3))
                .isFalse();
    }
}
