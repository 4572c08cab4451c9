package org.pathwise.tool.pages.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagesPolicyTest {

    @Test
    void lmsPageKeepsTheFrameAncestorsTheLtiLayerChoseAndAddsTheContentDirectives() {
        Pages pages = new Pages();
        String policy = pages.lmsPolicy("frame-ancestors 'self' https://school.instructure.com");
        assertThat(policy)
                .startsWith("default-src 'self'; script-src 'self'; style-src 'self';")
                .endsWith("frame-ancestors 'self' https://school.instructure.com");
    }
}
