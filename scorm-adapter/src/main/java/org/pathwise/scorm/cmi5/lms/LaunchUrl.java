package org.pathwise.scorm.cmi5.lms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The AU launch URL: the AU's URL with endpoint, fetch, actor, registration and activityId (cmi5 §8.1). */
public final class LaunchUrl {

    private LaunchUrl() {}

    /**
     * @param auUrl the AU's absolute URL; its own query string is kept and a fragment stays at the end
     * @param endpoint the LRS base for xAPI requests
     * @param fetch the single-use token URL
     */
    public static String of(String auUrl, String endpoint, String fetch, Cmi5Launch launch) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("endpoint", endpoint);
        params.put("fetch", fetch);
        params.put("actor", launch.actor().toString());
        params.put("registration", launch.registration());
        params.put("activityId", launch.activityId());
        int hash = auUrl.indexOf('#');
        String base = hash < 0 ? auUrl : auUrl.substring(0, hash);
        String fragment = hash < 0 ? "" : auUrl.substring(hash);
        StringBuilder url = new StringBuilder(base);
        char separator = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? 0 : '&') : '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (separator != 0) {
                url.append(separator);
            }
            url.append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.append(fragment).toString();
    }

    /** The AU's URL without the fragment, as the launched statement's launchurl extension reports it (§9.6.3.4). */
    public static String withoutFragment(String auUrl) {
        int hash = auUrl.indexOf('#');
        return hash < 0 ? auUrl : auUrl.substring(0, hash);
    }
}
