package org.pathwise.player.cmi5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pathwise.player.db.Json;

/** Fills the cmi5 player page template ({@code META-INF/resources/player/cmi5.html} of scorm-adapter). */
public final class Cmi5Page {

    private static final String TEMPLATE = load();

    private Cmi5Page() {}

    public static String render(Cmi5PlayerConfig config) {
        return TEMPLATE.replace("{{TITLE}}", html(config.auTitle() + " — " + config.packageTitle()))
                .replace("{{CONFIG}}", scriptSafe(Json.write(config)));
    }

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
                Cmi5Page.class.getClassLoader().getResourceAsStream("META-INF/resources/player/cmi5.html")) {
            if (in == null) {
                throw new IllegalStateException("cmi5.html is missing from the scorm-adapter jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
