package org.pathwise.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XapiVersionTest {

    @Test
    void mapsAnyPatchOfAServedVersionToIt() {
        assertThat(XapiVersion.fromHeader("1.0")).contains(XapiVersion.V1_0_3);
        assertThat(XapiVersion.fromHeader("1.0.1")).contains(XapiVersion.V1_0_3);
        assertThat(XapiVersion.fromHeader("2.0.0")).contains(XapiVersion.V2_0_0);
        assertThat(XapiVersion.fromHeader("0.95")).isEmpty();
        assertThat(XapiVersion.fromHeader(null)).isEmpty();
    }

    @Test
    void readsTheServedVersionsOldestFirstWithoutRepeats() {
        assertThat(XapiVersion.parseList("2.0.0, 1.0.3,1.0")).containsExactly(XapiVersion.V1_0_3, XapiVersion.V2_0_0);
        assertThat(XapiVersion.parseList("1.0.3")).containsExactly(XapiVersion.V1_0_3);
    }

    @Test
    void rejectsAServedVersionListNamingAnUnknownVersionOrNone() {
        assertThatThrownBy(() -> XapiVersion.parseList("1.0.3,0.95"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.95");
        assertThatThrownBy(() -> XapiVersion.parseList(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
