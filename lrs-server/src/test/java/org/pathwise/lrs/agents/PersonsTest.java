package org.pathwise.lrs.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.StrictJson;

class PersonsTest {

    private static JsonNode json(String text) {
        return StrictJson.read(text, "agent");
    }

    @Test
    void anUnknownAgentIsAPersonWithWhatTheRequestSaid() {
        assertThat(Persons.person(
                        json("{\"objectType\":\"Agent\",\"name\":\"Ada\",\"mbox\":\"mailto:ada@EXAMPLE.com\"}"),
                        List.of()))
                .isEqualTo(
                        json("{\"objectType\":\"Person\",\"name\":[\"Ada\"],\"mbox\":[\"mailto:ada@example.com\"]}"));
    }

    @Test
    void namesSeenBeforeComeFirstAndEachOnlyOnce() {
        assertThat(Persons.person(
                        json("{\"name\":\"Ada L.\",\"openid\":\"http://id.example.com/ada\"}"),
                        List.of("Ada", "Ada L.")))
                .isEqualTo(json("{\"objectType\":\"Person\",\"name\":[\"Ada\",\"Ada L.\"],"
                        + "\"openid\":[\"http://id.example.com/ada\"]}"));
    }

    @Test
    void anAccountIsGivenWholeAndANamelessAgentHasNoNameArray() {
        assertThat(Persons.person(
                        json("{\"account\":{\"homePage\":\"http://lms.example.com\",\"name\":\"u42\"}}"), List.of()))
                .isEqualTo(json("{\"objectType\":\"Person\","
                        + "\"account\":[{\"homePage\":\"http://lms.example.com\",\"name\":\"u42\"}]}"));
    }

    @Test
    void mboxSha1sumIsGivenInLowerCase() {
        String sha1 = "ABCDEF0123456789ABCDEF0123456789ABCDEF01";
        assertThat(Persons.person(json("{\"mbox_sha1sum\":\"" + sha1 + "\"}"), List.of())
                        .get("mbox_sha1sum"))
                .isEqualTo(json("[\"" + sha1.toLowerCase() + "\"]"));
    }
}
