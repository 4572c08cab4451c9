package org.pathwise.player.cmi5;

import static org.pathwise.player.launch.PlayerPage.html;
import static org.pathwise.player.launch.PlayerPage.scriptSafe;

import org.pathwise.player.db.Json;
import org.pathwise.player.launch.PlayerPage;

/** Fills the cmi5 player page template ({@code META-INF/resources/player/cmi5.html} of scorm-adapter). */
public final class Cmi5Page {

    private static final String TEMPLATE = PlayerPage.template("cmi5.html");

    private Cmi5Page() {}

    public static String render(Cmi5PlayerConfig config) {
        return TEMPLATE.replace("{{TITLE}}", html(config.auTitle() + " — " + config.packageTitle()))
                .replace("{{CONFIG}}", scriptSafe(Json.write(config)));
    }
}
