package org.pathwise.player.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pathwise.player.db.Json;

/** Fills the player page template ({@code META-INF/resources/player/player.html} of scorm-adapter). */
final class PlayerPage {

    private static final String TEMPLATE = load();

    private PlayerPage() {}

    static String render(PlayerConfig config) {
        String runtime = "SCORM_12".equals(config.standard()) ? "scorm12.min.js" : "scorm2004.min.js";
        return TEMPLATE.replace("{{TITLE}}", html(config.unitTitle() + " — " + config.packageTitle()))
                .replace("{{RUNTIME}}", runtime)
                .replace("{{CONFIG}}", scriptSafe(Json.write(config)));
    }

    /** JSON inside a script element: no "</script>", no HTML comment openers, no line separators. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    static String html(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String load() {
        try (InputStream in =
                PlayerPage.class.getClassLoader().getResourceAsStream("META-INF/resources/player/player.html")) {
            if (in == null) {
                throw new IllegalStateException("player.html is missing from the scorm-adapter jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
