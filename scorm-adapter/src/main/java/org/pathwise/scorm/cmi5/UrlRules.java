package org.pathwise.scorm.cmi5;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathwise.scorm.pkg.PackagePaths;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** The rules on an AU {@code url} (cmi5 §8.1, §13.1.4, §14). */
final class UrlRules {

    /** The parameters the LMS adds at launch; an AU url must not already carry them (§8.1). */
    static final Set<String> LAUNCH_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration", "activityId");

    private static final Pattern NEVER_IN_URL = Pattern.compile("[\\s<>\"{}|\\\\^`]");

    private final XmlValues values;
    private final boolean standalone;

    UrlRules(XmlValues values, boolean standalone) {
        this.values = values;
        this.standalone = standalone;
    }

    /** Returns the trimmed url when it passes every rule. */
    String check(XmlElement element) {
        String url = element.trimmedText().orElseThrow(() -> values.invalid(element, "<url> is empty"));
        if (NEVER_IN_URL.matcher(url).find()) {
            throw values.invalid(
                    element,
                    "<url> \"" + url + "\" is not a valid URL (spaces and <>\"{}|\\^` must be" + " percent-encoded)");
        }
        URI uri = parse(element, url);
        if (PackagePaths.isAbsolute(url)) {
            checkAbsolute(element, url, uri);
        } else {
            checkRelative(element, url);
        }
        checkQuery(element, url, uri.getRawQuery());
        return url;
    }

    private URI parse(XmlElement element, String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw values.invalid(element, "<url> \"" + url + "\" is not a valid URL: " + e.getReason());
        }
    }

    private void checkAbsolute(XmlElement element, String url, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() == null) {
            throw values.invalid(element, "<url> \"" + url + "\" has no host");
        }
    }

    private void checkRelative(XmlElement element, String url) {
        if (standalone) {
            throw values.invalid(
                    element,
                    "<url> \"" + url + "\" is relative, but a cmi5.xml imported without a zip"
                            + " must use fully qualified URLs (cmi5 §14.2)");
        }
        try {
            PackagePaths.localFile(url);
        } catch (IllegalArgumentException e) {
            throw values.invalid(element, "<url> " + e.getMessage());
        }
    }

    private void checkQuery(XmlElement element, String url, String query) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (LAUNCH_PARAMETERS.contains(name)) {
                throw values.invalid(
                        element,
                        "<url> \"" + url + "\" carries the query parameter \"" + name
                                + "\", which the LMS adds at launch (cmi5 §8.1)");
            }
        }
    }
}
