package org.pathwise.tool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HomePagesTest {

    @Test
    void pathwayBodysOwnMainBecomesADivSoThePageHasOneMainLandmark() {
        assertThat(HomePages.withoutMain("<main class=\"pathway\"><p>x</p></main>"))
                .isEqualTo("<div class=\"pathway\"><p>x</p></div>");
        assertThat(HomePages.withoutMain("<p>no main</p>")).isEqualTo("<p>no main</p>");
    }
}
