package org.pathwise.lrs.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.Fixtures;
import org.pathwise.lrs.xapi.StrictJson;

class StatementEquivalenceTest {
    private static ObjectNode full() {
        return (ObjectNode) StrictJson.read(Fixtures.text("/xapi/statements/valid/full-activity-statement.json"), "s");
    }

    @Test
    void treatsTheSameStatementAsSame() {
        assertThat(StatementEquivalence.same(full(), full())).isTrue();
    }

    @Test
    void ignoresPropertiesTheLrsAssigns() {
        ObjectNode stored = full();
        stored.put("stored", "2024-03-01T10:00:05.000Z");
        stored.put("version", "1.0.3");
        stored.putObject("authority").put("mbox", "mailto:lrs@example.com");

        assertThat(StatementEquivalence.same(full(), stored)).isTrue();
    }

    @Test
    void ignoresTheTimezoneATimestampIsWrittenIn() {
        ObjectNode other = full();
        other.put("timestamp", "2024-03-01T12:00:00+02:00");

        assertThat(StatementEquivalence.same(full(), other)).isTrue();
    }

    @Test
    void seesADifferentInstantAsDifferent() {
        ObjectNode other = full();
        other.put("timestamp", "2024-03-01T10:00:00.001Z");

        assertThat(StatementEquivalence.same(full(), other)).isFalse();
    }

    @Test
    void ignoresVerbDisplayActivityDefinitionsAndAttachments() {
        ObjectNode other = full();
        other.with("verb").with("display").put("fr", "terminé");
        other.with("object").remove("definition");
        other.putArray("attachments").addObject().put("usageType", "http://example.com/u");

        assertThat(StatementEquivalence.same(full(), other)).isTrue();
    }

    @Test
    void ignoresMemberOrderAndMailDomainCase() {
        ObjectNode a = full();
        ObjectNode b = full();
        a.putObject("actor")
                .put("objectType", "Group")
                .putArray("member")
                .add(StrictJson.read("{\"mbox\":\"mailto:x@EXAMPLE.com\"}", "m"))
                .add(StrictJson.read("{\"mbox\":\"mailto:y@example.com\"}", "m"));
        b.putObject("actor")
                .put("objectType", "Group")
                .putArray("member")
                .add(StrictJson.read("{\"mbox\":\"mailto:y@example.com\"}", "m"))
                .add(StrictJson.read("{\"mbox\":\"mailto:x@example.com\"}", "m"));

        assertThat(StatementEquivalence.same(a, b)).isTrue();
    }

    @Test
    void seesAnyOtherDifferenceAsDifferent() {
        ObjectNode other = full();
        other.with("result").put("response", "x=3");

        assertThat(StatementEquivalence.same(full(), other)).isFalse();
    }

    @Test
    void comparesDurationsAsStrings() {
        ObjectNode other = full();
        other.with("result").put("duration", "PT750S");

        assertThat(StatementEquivalence.same(full(), other)).isFalse();
    }

    @Test
    void ignoresAnIdOnlyOneSideHasButNotTwoDifferentIds() {
        ObjectNode withoutId = full();
        withoutId.remove("id");
        ObjectNode otherId = full();
        otherId.put("id", "fd41c918-b88b-4b20-a0a5-a4c32391aaa9");

        assertThat(StatementEquivalence.same(full(), withoutId)).isTrue();
        assertThat(StatementEquivalence.same(full(), otherId)).isFalse();
    }

    @Test
    void ignoresDurationPrecisionBeyondHundredthsOfASecond() {
        ObjectNode a = full();
        ObjectNode b = full();
        a.putObject("result").put("duration", "P1DT12H36M0.12S");
        b.putObject("result").put("duration", "P1DT12H36M0.1237S");

        assertThat(StatementEquivalence.same(a, b)).isTrue();
    }

    @Test
    void seesADifferentHundredthOfASecondAsDifferent() {
        ObjectNode a = full();
        ObjectNode b = full();
        a.putObject("result").put("duration", "PT1.12S");
        b.putObject("result").put("duration", "PT1.13S");

        assertThat(StatementEquivalence.same(a, b)).isFalse();
    }

    @Test
    void truncatesDurationSecondsToHundredthsWithoutRounding() {
        assertThat(StatementEquivalence.hundredths("P1DT12H36M0.12567S")).isEqualTo("P1DT12H36M0.12S");
        assertThat(StatementEquivalence.hundredths("PT1.10S")).isEqualTo("PT1.1S");
        assertThat(StatementEquivalence.hundredths("PT1.001S")).isEqualTo("PT1S");
        assertThat(StatementEquivalence.hundredths("PT5M")).isEqualTo("PT5M");
    }
}
