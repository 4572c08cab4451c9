package org.pathwise.tool.pages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void launchLocaleClaimWinsOverAcceptLanguage() {
        assertThat(Messages.choose("fr-CA", "en-US,en;q=0.9").locale()).isEqualTo(Locale.FRENCH);
        assertThat(Messages.choose("en", "fr").locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void acceptLanguageIsUsedInPreferenceOrderWhenTheLaunchHasNoLocale() {
        assertThat(Messages.choose(null, "de-DE,fr;q=0.8,en;q=0.5").locale()).isEqualTo(Locale.FRENCH);
        assertThat(Messages.choose(null, "de-DE").locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void unsupportedOrBrokenLocaleFallsBackToEnglishNotTheServerDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(Messages.choose("xx", null).t("layout.skip")).isEqualTo("Skip to main content");
            assertThat(Messages.choose(null, ";;;").locale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsArgumentsAndEscapesForHtml() {
        Messages en = Messages.of(Locale.ENGLISH);
        assertThat(en.t("learn.welcomeName", "Ada")).isEqualTo("Welcome, Ada. Choose a module to start or resume it.");
        assertThat(en.h("learn.welcomeName", "<b>")).contains("&lt;b&gt;");
        assertThat(en.t("library.unitCount", 1)).isEqualTo("1 unit");
        assertThat(en.t("library.unitCount", 3)).isEqualTo("3 units");
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.of(Locale.ENGLISH).t("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void everyTranslationHasOnlyKeysThatEnglishHas() throws Exception {
        Properties en = load("messages.properties");
        for (Locale l : Messages.SUPPORTED) {
            if (l.equals(Locale.ENGLISH)) {
                continue;
            }
            Properties translated = load("messages_" + l.getLanguage() + ".properties");
            assertThat(en.keySet()).containsAll(translated.keySet());
            assertThat(translated).isNotEmpty();
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/org/pathwise/tool/pages/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
