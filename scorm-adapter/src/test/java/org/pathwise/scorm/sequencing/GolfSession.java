package org.pathwise.scorm.sequencing;

import java.math.BigDecimal;
import java.util.Random;
import org.pathwise.scorm.importing.SharedContent;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;

/** A simulated learner on one of the Golf SCORM 2004 sequencing examples of shared/content. */
final class GolfSession {

    final Sequencer sequencer;

    GolfSession(String folder, long seed) {
        this(folder, new SequencingState(), seed);
    }

    GolfSession(String folder, SequencingState state, long seed) {
        ActivityTree tree =
                ActivityTree.of(ManifestParser.parse(SharedContent.content("golf-examples/scorm2004/" + folder)));
        sequencer = new Sequencer(tree, state, new Random(seed));
    }

    static GolfSession of(String folder) {
        return new GolfSession(folder, 42);
    }

    /** The SCO of the current activity reports completed + passed (optionally with a scaled score). */
    GolfSession pass(BigDecimal scaled) {
        sequencer.report(sequencer.current().id(), new ScoReport(Completion.COMPLETED, Success.PASSED, scaled));
        return this;
    }

    GolfSession pass() {
        return pass(null);
    }

    GolfSession fail(BigDecimal scaled) {
        sequencer.report(sequencer.current().id(), new ScoReport(Completion.COMPLETED, Success.FAILED, scaled));
        return this;
    }

    GolfSession complete() {
        sequencer.report(sequencer.current().id(), new ScoReport(Completion.COMPLETED, Success.UNKNOWN, null));
        return this;
    }

    Outcome next() {
        return sequencer.navigate(NavRequest.of(NavRequest.Type.CONTINUE));
    }

    Outcome choose(String id) {
        return sequencer.navigate(NavRequest.choice(id));
    }

    TocEntry toc(String id) {
        return sequencer.toc().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
