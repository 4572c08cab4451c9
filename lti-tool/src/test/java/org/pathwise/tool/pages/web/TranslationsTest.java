package org.pathwise.tool.pages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every translation of the pages' bundles is complete: for each supported locale, every key of the default
 * (English) file is in the translation, with the same placeholders, and every MessageFormat pattern is valid.
 */
class TranslationsTest {

    /** The bundles learners, instructors and admins read, and whether they are java.text.MessageFormat patterns. */
    record Bundle(String path, boolean messageFormat) {}

    static final Bundle[] BUNDLES = {
        new Bundle("org/pathwise/tool/pages/web/messages", true),
        new Bundle("org/pathwise/pathways/plan/pages", true),
        new Bundle("org/pathwise/learning/sequencing/messages", false)
    };

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)");

    @Test
    void everyKeyOfEveryDefaultBundleExistsInEveryTranslation() throws IOException {
        for (Locale locale : Messages.SUPPORTED) {
            if (locale.equals(Locale.ENGLISH)) {
                continue;
            }
            for (Bundle b : BUNDLES) {
                Properties english = load(b.path() + ".properties");
                Properties translated = load(b.path() + "_" + locale.getLanguage() + ".properties");
                assertThat(translated.stringPropertyNames())
                        .as("keys of %s missing from its %s translation", b.path(), locale)
                        .containsAll(english.stringPropertyNames());
                assertThat(english.stringPropertyNames())
                        .as("keys of the %s translation of %s that English does not have", locale, b.path())
                        .containsAll(translated.stringPropertyNames());
            }
        }
    }

    @Test
    void translationsUseTheSamePlaceholdersAsEnglish() throws IOException {
        for (Locale locale : Messages.SUPPORTED) {
            if (locale.equals(Locale.ENGLISH)) {
                continue;
            }
            for (Bundle b : BUNDLES) {
                Properties english = load(b.path() + ".properties");
                Properties translated = load(b.path() + "_" + locale.getLanguage() + ".properties");
                for (String key : english.stringPropertyNames()) {
                    assertThat(placeholders(translated.getProperty(key, "")))
                            .as("placeholders of %s in %s_%s", key, b.path(), locale)
                            .isEqualTo(placeholders(english.getProperty(key)));
                }
            }
        }
    }

    @Test
    void everyMessageFormatPatternParsesAndHasNoLoneQuote() throws IOException {
        for (Locale locale : Messages.SUPPORTED) {
            String suffix = locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage();
            for (Bundle b : BUNDLES) {
                if (!b.messageFormat()) {
                    continue;
                }
                Properties p = load(b.path() + suffix + ".properties");
                for (String key : p.stringPropertyNames()) {
                    String pattern = p.getProperty(key);
                    // a single ' starts a quoted part in MessageFormat and would swallow the rest of the sentence
                    assertThat(pattern.replace("''", ""))
                            .as("%s in %s%s: write '' for an apostrophe", key, b.path(), suffix)
                            .doesNotContain("'");
                    new MessageFormat(pattern, locale).format(new Object[] {1, 2, 3});
                }
            }
        }
    }

    @Test
    void frenchPagesAreFrench() {
        Messages fr = Messages.of(Locale.FRENCH);
        assertThat(fr.t("admin.login.title")).isEqualTo("Connexion administrateur");
        assertThat(fr.t("learn.empty")).isEqualTo("Rien n’a encore été placé ici.");
        assertThat(fr.t("library.unitCount", 2)).isEqualTo("2 unités");
        assertThat(org.pathwise.learning.sequencing.Messages.format(
                        "reason.NEXT_IN_PATHWAY", java.util.Map.of("moduleTitle", "Putting"), Locale.FRENCH))
                .isEqualTo("Suivant dans votre parcours : Putting.");
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        Properties p = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
