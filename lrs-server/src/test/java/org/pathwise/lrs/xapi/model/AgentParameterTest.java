package org.pathwise.lrs.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiVersion;
import org.pathwise.lrs.xapi.validation.ValidationException;
import org.pathwise.lrs.xapi.validation.Violation;

class AgentParameterTest {
    @Test
    void reducesAnAgentToItsIfiKey() {
        Ifi ifi = AgentParameter.parse(
                "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"u42\"}}",
                "agent",
                XapiVersion.V1_0_3);

        assertThat(ifi.key()).isEqualTo("account::https://lms.example.com::u42");
    }

    @Test
    void acceptsAnIdentifiedGroup() {
        Ifi ifi = AgentParameter.parse(
                "{\"objectType\":\"Group\",\"mbox\":\"mailto:team@example.com\"}", "agent", XapiVersion.V2_0_0);

        assertThat(ifi).isEqualTo(new Ifi("mbox", "mailto:team@example.com"));
    }

    @Test
    void rejectsAGroupWithoutIfi() {
        assertThatThrownBy(() -> AgentParameter.parse(
                        "{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.com\"}]}",
                        "agent",
                        XapiVersion.V1_0_3))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("agent: must have an inverse functional identifier");
    }

    @Test
    void rejectsAnInvalidIfiWithItsPath() {
        assertThatThrownBy(() -> AgentParameter.parse("{\"mbox\":\"a@example.com\"}", "agent", XapiVersion.V1_0_3))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("agent.mbox"));
    }

    @Test
    void rejectsTwoIfis() {
        assertThatThrownBy(() -> AgentParameter.parse(
                        "{\"mbox\":\"mailto:a@example.com\",\"openid\":\"https://id.example.com/a\"}",
                        "agent",
                        XapiVersion.V1_0_3))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("exactly one inverse functional identifier");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> AgentParameter.parse("mailto:a@example.com", "agent", XapiVersion.V1_0_3))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("agent: is not valid JSON");
    }
}
