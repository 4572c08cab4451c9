package org.pathwise.learning.sequencing;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Learner- and instructor-readable sentences from the {@code messages} resource bundle (a translation is one file,
 * {@code messages_xx.properties}). Placeholders are {@code {name}} for a parameter, and {@code {name:word}} for the
 * bundle's {@code word.<value>} when it exists (so "2" can read "two"), else the value itself.
 */
public final class Messages {

    private static final String BUNDLE = "org.pathwise.learning.sequencing.messages";

    private Messages() {}

    public static String format(String key, Map<String, String> params, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String template = bundle.getString(key);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open).append(substitute(template.substring(open + 1, close), params, bundle));
            i = close + 1;
        }
        return out.toString();
    }

    private static String substitute(String placeholder, Map<String, String> params, ResourceBundle bundle) {
        boolean word = placeholder.endsWith(":word");
        String name = word ? placeholder.substring(0, placeholder.length() - 5) : placeholder;
        String value = params.getOrDefault(name, "");
        if (word) {
            try {
                return bundle.getString("word." + value);
            } catch (MissingResourceException e) {
                return value;
            }
        }
        return value;
    }
}
