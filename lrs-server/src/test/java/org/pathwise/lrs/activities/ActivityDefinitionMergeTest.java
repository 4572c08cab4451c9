package org.pathwise.lrs.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.StrictJson;

class ActivityDefinitionMergeTest {

    private static ObjectNode json(String text) {
        return (ObjectNode) StrictJson.read(text, "definition");
    }

    @Test
    void aNewLanguageAddsToTheNameAndAKnownOneIsReplaced() {
        ObjectNode merged = ActivityDefinitionMerge.merge(
                json("{\"name\":{\"en-US\":\"Quiz\",\"fr\":\"Quiz\"}}"),
                json("{\"name\":{\"en-US\":\"Final quiz\",\"de\":\"Prüfung\"}}"));

        assertThat(merged).isEqualTo(json("{\"name\":{\"en-US\":\"Final quiz\",\"fr\":\"Quiz\",\"de\":\"Prüfung\"}}"));
    }

    @Test
    void extensionsMergeKeyByKeyWhileOtherPropertiesAreReplaced() {
        ObjectNode merged = ActivityDefinitionMerge.merge(
                json("{\"type\":\"http://a/t1\",\"extensions\":{\"http://a/x\":1},"
                        + "\"interactionType\":\"choice\",\"choices\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"),
                json("{\"type\":\"http://a/t2\",\"extensions\":{\"http://a/y\":2},\"choices\":[{\"id\":\"c\"}]}"));

        assertThat(merged)
                .isEqualTo(json("{\"type\":\"http://a/t2\",\"extensions\":{\"http://a/x\":1,\"http://a/y\":2},"
                        + "\"interactionType\":\"choice\",\"choices\":[{\"id\":\"c\"}]}"));
    }

    @Test
    void leavesItsArgumentsUnchanged() {
        ObjectNode canonical = json("{\"name\":{\"en\":\"A\"}}");
        ObjectNode incoming = json("{\"name\":{\"fr\":\"B\"}}");

        ActivityDefinitionMerge.merge(canonical, incoming);

        assertThat(canonical).isEqualTo(json("{\"name\":{\"en\":\"A\"}}"));
        assertThat(incoming).isEqualTo(json("{\"name\":{\"fr\":\"B\"}}"));
    }

    @Test
    void mergingWhatIsAlreadyKnownChangesNothing() {
        ObjectNode canonical = json("{\"name\":{\"en\":\"A\",\"fr\":\"B\"},\"type\":\"http://a/t\"}");

        assertThat(ActivityDefinitionMerge.merge(canonical, json("{\"name\":{\"fr\":\"B\"}}")))
                .isEqualTo(canonical);
    }
}
