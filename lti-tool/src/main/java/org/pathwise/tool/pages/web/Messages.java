package org.pathwise.tool.pages.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' strings for one locale, from {@code org/pathwise/tool/pages/web/messages[_xx].properties} (UTF-8). A
 * translation is one more file; a key missing there falls back to English. Arguments follow {@link MessageFormat}.
 */
public final class Messages {

    static final String BUNDLE = "org.pathwise.tool.pages.web.messages";

    /** The locales with a translation, English first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_FALLBACK);
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /**
     * The best supported locale for a launch's {@code locale} claim (BCP 47, e.g. {@code fr-CA}) or, without one, an
     * {@code Accept-Language} header; English when nothing matches.
     */
    public static Messages choose(String launchLocale, String acceptLanguage) {
        if (launchLocale != null && !launchLocale.isBlank()) {
            Locale wanted = Locale.forLanguageTag(launchLocale.replace('_', '-'));
            return of(match(List.of(wanted)));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale> wanted = Locale.LanguageRange.parse(acceptLanguage).stream()
                        .map(r -> Locale.forLanguageTag(r.getRange()))
                        .toList();
                return of(match(wanted));
            } catch (IllegalArgumentException e) {
                return of(Locale.ENGLISH);
            }
        }
        return of(Locale.ENGLISH);
    }

    private static Locale match(List<Locale> wanted) {
        for (Locale w : wanted) {
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(w.getLanguage())) {
                    return s;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag for {@code <html lang>}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    /** The text of a key, formatted with the arguments (always through MessageFormat, so a quote is written {@code ''}); the key itself (visible, never a 500) when it is missing. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        try {
            return new MessageFormat(pattern, locale).format(args);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    /** The text of a key, HTML-escaped. */
    public String h(String key, Object... args) {
        return Html.escape(t(key, args));
    }
}
