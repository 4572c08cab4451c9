package org.pathwise.learning.sequencing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.model.LearnerModel;

/** One learner on one pathway at one instant: what the rules read (content, model, progress) and how they answer. */
record LearnerView(
        String learnerId,
        Pathway pathway,
        LearnerModel model,
        LearnerProgress progress,
        Instant now,
        ContentModel content,
        SequencerSettings settings) {

    double mastery(String competency) {
        return model.masteryNow(learnerId, competency, now);
    }

    boolean allMastered(Collection<String> competencies) {
        if (competencies.isEmpty()) {
            return false;
        }
        for (String c : competencies) {
            if (mastery(c) < settings.masteryThreshold()) {
                return false;
            }
        }
        return true;
    }

    boolean isDone(String step) {
        Module m = content.module(step).orElse(null);
        if (m != null) {
            return progress.of(step).isDone(m);
        }
        return ItemBankStop.status(this, content.itemBank(step).orElseThrow()).ended();
    }

    String title(String step) {
        return content.module(step)
                .map(Module::title)
                .orElseGet(() -> content.itemBank(step).orElseThrow().title());
    }

    String competencyName(String competency) {
        return content.framework().get(competency).name();
    }

    String competencyNames(Collection<String> competencies) {
        List<String> names = new ArrayList<>();
        new TreeSet<>(competencies).forEach(c -> names.add(competencyName(c)));
        return String.join(", ", names);
    }

    /** The step's parameters every decision carries: module id and title. */
    Map<String, String> stepParams(String step) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("module", step);
        p.put("moduleTitle", title(step));
        return p;
    }

    Decision decide(String step, ReasonCode reason, Map<String, String> params) {
        return new Decision(learnerId, pathway.id(), step, step, reason, params);
    }

    Decision decide(String step, ReasonCode reason) {
        return decide(step, reason, stepParams(step));
    }

    static Set<String> sorted(Collection<String> values) {
        return new TreeSet<>(values);
    }

    static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    static String percent(double probability) {
        return Long.toString(Math.round(probability * 100));
    }
}
