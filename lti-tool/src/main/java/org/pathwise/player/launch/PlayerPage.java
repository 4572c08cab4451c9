package org.pathwise.player.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pathwise.player.db.Json;

/**
 * Fills the player page template ({@code META-INF/resources/player/player.html} of scorm-adapter); its escaping and
 * template loading also serve the cmi5 player page.
 */
public final class PlayerPage {

    private static final String TEMPLATE = template("player.html");

    private PlayerPage() {}

    static String render(PlayerConfig config) {
        String runtime = "SCORM_12".equals(config.standard()) ? "scorm12.min.js" : "scorm2004.min.js";
        return TEMPLATE.replace("{{TITLE}}", html(config.unitTitle() + " — " + config.packageTitle()))
                .replace("{{RUNTIME}}", runtime)
                .replace("{{CONFIG}}", scriptSafe(Json.write(config)));
    }

    /** JSON inside a script element: no "</script>", no HTML comment openers, no line separators. */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    public static String html(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A page template of scorm-adapter's {@code META-INF/resources/player/}. */
    public static String template(String name) {
        try (InputStream in =
                PlayerPage.class.getClassLoader().getResourceAsStream("META-INF/resources/player/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the scorm-adapter jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
