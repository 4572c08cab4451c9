package org.pathwise.pathways.plan;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The pathway page's texts from the {@code pages} bundle (a translation is one {@code pages_xx.properties}). */
final class PageText {

    private static final String BUNDLE = "org.pathwise.pathways.plan.pages";

    private final ResourceBundle bundle;
    private final Locale locale;

    PageText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    String get(String key, Object... args) {
        String template = bundle.getString(key);
        return args.length == 0 ? template.replace("''", "'") : new MessageFormat(template, locale).format(args);
    }
}
