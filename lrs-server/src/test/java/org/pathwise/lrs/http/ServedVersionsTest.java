package org.pathwise.lrs.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiVersion;

class ServedVersionsTest {

    private static ServedVersions of(String list) {
        ServedVersions served = new ServedVersions();
        served.list = list;
        served.parse();
        return served;
    }

    @Test
    void byDefaultBothVersionsAreServedAndAnUnversionedAnswerNames20() {
        ServedVersions both = of("1.0.3,2.0.0");

        assertThat(both.newest()).isEqualTo(XapiVersion.V2_0_0);
        assertThat(both.headers()).containsExactly("1.0.3", "2.0.0");
        assertThat(both.serves(XapiVersion.V1_0_3)).isTrue();
    }

    @Test
    void aDeploymentServingOnly103AnswersAs103AndRefuses20() {
        ServedVersions only103 = of("1.0.3");

        assertThat(only103.newest()).isEqualTo(XapiVersion.V1_0_3);
        assertThat(only103.serves(XapiVersion.V2_0_0)).isFalse();
        assertThat(only103.headers()).containsExactly("1.0.3");
    }
}
