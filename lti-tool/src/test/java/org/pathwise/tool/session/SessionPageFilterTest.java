package org.pathwise.tool.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionPageFilterTest {

    @Test
    void theTagsGoFirstInTheHeadAndNeverIntoAHeaderElement() {
        assertThat(SessionPageFilter.insert(
                        "<!DOCTYPE html><html><HEAD lang=en><title>x</title></head><body><header>h</header>", "<T>"))
                .isEqualTo("<!DOCTYPE html><html><HEAD lang=en><T><title>x</title></head><body><header>h</header>");
        assertThat(SessionPageFilter.insert("<!doctype html><body><header>h</header><head>", "<T>"))
                .as("a <header> before any <head> is skipped")
                .isEqualTo("<!doctype html><body><header>h</header><head><T>");
    }

    @Test
    void aPageWithoutAHeadGetsThemAfterItsDoctypeSoItStaysInStandardsMode() {
        assertThat(SessionPageFilter.insert("<!doctype html><meta charset=utf-8><p>done", "<T>"))
                .isEqualTo("<!doctype html><T><meta charset=utf-8><p>done");
        assertThat(SessionPageFilter.insert("<p>bare", "<T>")).isEqualTo("<T><p>bare");
    }
}
