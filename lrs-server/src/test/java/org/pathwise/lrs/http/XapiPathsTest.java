package org.pathwise.lrs.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XapiPathsTest {

    @Test
    void everyPathButTheAdminApiIsXapi() {
        assertThat(XapiPaths.isXapi("statements")).isTrue();
        assertThat(XapiPaths.isXapi("/activities/state")).isTrue();
        assertThat(XapiPaths.isXapi("administration")).isTrue();
        assertThat(XapiPaths.isXapi("admin/stores")).isFalse();
        assertThat(XapiPaths.isXapi("/admin")).isFalse();
    }

    @Test
    void onlyAboutIsOpen() {
        assertThat(XapiPaths.isOpen("about")).isTrue();
        assertThat(XapiPaths.isOpen("/about/")).isTrue();
        assertThat(XapiPaths.isOpen("statements")).isFalse();
    }
}
