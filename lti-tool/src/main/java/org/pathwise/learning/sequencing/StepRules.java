package org.pathwise.learning.sequencing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwise.learning.content.ContentPackage;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.model.AbilityVsDifficulty;

/**
 * The per-step rules: test-out, mastered, accelerate (each a skip), then why a kept step is there. Assessments are
 * never skipped by a rule; modules of a forced-sequential package neither.
 */
final class StepRules {

    private final LearnerView v;
    private List<Module> passedPretests;
    private Set<String> testedOut;

    StepRules(LearnerView view) {
        this.v = view;
    }

    static boolean isSkip(ReasonCode reason) {
        return reason == ReasonCode.MASTERED
                || reason == ReasonCode.TESTED_OUT
                || reason == ReasonCode.ACCELERATED
                || reason == ReasonCode.SKIPPED_BY_INSTRUCTOR;
    }

    Decision evaluate(String step, boolean orderedByInstructor) {
        Decision skip = skipRule(step);
        Module m = v.content().module(step).orElse(null);
        if (m != null && v.progress().of(step).isPending(m)) {
            Map<String, String> p = v.stepParams(step);
            p.put("moveOn", m.moveOn().name());
            return v.decide(step, ReasonCode.MOVE_ON_NOT_MET, p);
        }
        boolean forced = v.content()
                .packageOf(step)
                .map(ContentPackage::forcedSequential)
                .orElse(false);
        if (skip != null && forced) {
            Map<String, String> p = v.stepParams(step);
            p.put("package", v.content().packageOf(step).orElseThrow().id());
            p.put("notSkippedAlthough", skip.reason().name());
            return v.decide(step, ReasonCode.FORCED_SEQUENTIAL, p);
        }
        if (skip != null) {
            return skip;
        }
        return v.decide(step, orderedByInstructor ? ReasonCode.ORDERED_BY_INSTRUCTOR : ReasonCode.NEXT_IN_PATHWAY);
    }

    private Decision skipRule(String step) {
        Module m = v.content().module(step).orElse(null);
        if (m == null) {
            ItemBank bank = v.content().itemBank(step).orElseThrow();
            return v.allMastered(bank.competencies()) ? mastered(step, bank.competencies()) : null;
        }
        if (m.kind() == ModuleKind.ASSESSMENT || m.competencies().isEmpty()) {
            return null;
        }
        if (m.kind() != ModuleKind.PRE_TEST && testedOut().containsAll(m.competencies())) {
            Map<String, String> p = v.stepParams(step);
            Module pretest = passedPretests.stream()
                    .filter(t -> t.competencies().stream().anyMatch(m.competencies()::contains))
                    .findFirst()
                    .orElseThrow();
            p.put("pretest", pretest.id());
            p.put("pretestTitle", pretest.title());
            return v.decide(step, ReasonCode.TESTED_OUT, p);
        }
        if (v.allMastered(m.competencies())) {
            return mastered(step, m.competencies());
        }
        return m.kind() == ModuleKind.PRACTICE ? accelerate(m) : null;
    }

    private Decision mastered(String step, Set<String> competencies) {
        Map<String, String> p = v.stepParams(step);
        p.put("competencies", String.join(",", LearnerView.sorted(competencies)));
        p.put("competencyNames", v.competencyNames(competencies));
        double min = competencies.stream().mapToDouble(v::mastery).min().orElse(0);
        p.put("minMastery", LearnerView.number(min));
        p.put("threshold", LearnerView.number(v.settings().masteryThreshold()));
        return v.decide(step, ReasonCode.MASTERED, p);
    }

    private Decision accelerate(Module m) {
        AbilityVsDifficulty avd = v.model().abilityVsDifficulty(v.learnerId(), List.copyOf(m.competencies()), m.id());
        double difficulty = m.difficulty() != null ? m.difficulty() : avd.difficulty();
        double margin = avd.ability() - difficulty;
        if (margin < v.settings().accelerateMargin()) {
            return null;
        }
        Map<String, String> p = v.stepParams(m.id());
        p.put("competencyNames", v.competencyNames(m.competencies()));
        p.put("ability", LearnerView.number(avd.ability()));
        p.put("difficulty", LearnerView.number(difficulty));
        p.put("margin", LearnerView.number(margin));
        return v.decide(m.id(), ReasonCode.ACCELERATED, p);
    }

    /** Competencies covered by pre-tests the learner passed (computed once per plan). */
    private Set<String> testedOut() {
        if (testedOut == null) {
            passedPretests = v.progress().modules().entrySet().stream()
                    .filter(e -> e.getValue().passed() || e.getValue().satisfied())
                    .flatMap(e -> v.content().module(e.getKey()).stream())
                    .filter(m -> m.kind() == ModuleKind.PRE_TEST)
                    .sorted(java.util.Comparator.comparing(Module::id))
                    .toList();
            testedOut = new HashSet<>();
            passedPretests.forEach(m -> testedOut.addAll(m.competencies()));
        }
        return testedOut;
    }
}
