package org.pathwise.player.sequencing;

import java.util.List;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.launch.PlayerConfig;
import org.pathwise.scorm.sequencing.TocEntry;

/**
 * The player's table of contents and next/previous for a sequenced package: hidden activities are left out, disabled
 * or not-choosable ones have no link, next/previous go through the sequencer ({@link SequencingNavResource}) and are
 * offered only when the sequencer would accept them.
 */
public final class SequencedToc {

    private SequencedToc() {}

    public static void add(
            List<PlayerConfig.TocEntry> toc, PlayerSequencing.View view, StoredUnit unit, String url, boolean current) {
        TocEntry entry = view.toc().get(unit.itemId());
        if (entry == null || (entry.hidden() && !current)) {
            return;
        }
        toc.add(new PlayerConfig.TocEntry(
                unit.id(),
                unit.itemId(),
                unit.title(),
                entry.selectable() || current ? url : null,
                current,
                entry.completion().toUpperCase(java.util.Locale.ROOT),
                entry.success().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The run-time seed plus {@code adl.nav.request_valid} continue/previous, set before the SCO initializes. */
    private static java.util.Map<String, String> seed(PlayerConfig c, PlayerSequencing.View view) {
        java.util.Map<String, String> seed = new java.util.LinkedHashMap<>(c.seed());
        seed.put("adl.nav.request_valid.continue", String.valueOf(view.continueValid()));
        seed.put("adl.nav.request_valid.previous", String.valueOf(view.previousValid()));
        return seed;
    }

    /** The config with next/previous pointing at the sequencer's navigation requests. */
    public static PlayerConfig config(PlayerConfig c, PlayerSequencing.View view, String packageId) {
        String query = "";
        String base = "/play-nav/" + packageId + "/";
        return new PlayerConfig(
                c.standard(),
                c.attemptId(),
                c.launchId(),
                c.entry(),
                c.commitUrl(),
                c.initializeUrl(),
                c.contentUrl(),
                c.tracked(),
                seed(c, view),
                c.packageTitle(),
                c.unitTitle(),
                c.unitItemId(),
                c.navigation(),
                c.toc(),
                view.previousValid() ? base + "previous" + query : null,
                view.continueValid() ? base + "continue" + query : null,
                c.packageCompletion(),
                c.packageSuccess(),
                base + "{request}" + query,
                c.sharedData(),
                c.hideLmsUi());
    }
}
