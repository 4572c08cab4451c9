package org.pathwise.learning.sequencing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.model.Outcome;

/**
 * Reviews the sequencer inserts before new content: a prerequisite the learner struggles with, and spaced review of
 * a competency whose mastery decayed below the threshold. A review is not proposed again once its module was taken
 * after the learner's last answer on the competency (a review without answers cannot change the evidence).
 */
final class Reviews {

    private final LearnerView v;
    private final Set<String> pathwaySteps;

    Reviews(LearnerView view, Set<String> pathwaySteps) {
        this.v = view;
        this.pathwaySteps = pathwaySteps;
    }

    /**
     * A review of a prerequisite competency of {@code step}, when the learner struggles, unless the review module was
     * taken after the latest sign of trouble.
     */
    Optional<Decision> prerequisiteReview(String step) {
        int k = v.settings().wrongAnswersForReview();
        Set<String> own = v.content().competenciesOf(step);
        boolean struggling = lastAllWrong(own, k) || v.progress().of(step).failures() > 0;
        Instant troubleAt = latest(v.progress().of(step).lastActivity(), latestPractice(own));
        for (String c : LearnerView.sorted(v.content().prerequisiteCompetencies(step))) {
            List<Outcome> last = v.model().lastOutcomes(v.learnerId(), c, k);
            boolean wrong = last.size() == k && last.stream().allMatch(o -> o.score() < 0.5);
            double mastery = v.mastery(c);
            boolean low = struggling && mastery < v.settings().lowPrerequisiteMastery();
            if (wrong || low) {
                Instant since =
                        latest(troubleAt, last.isEmpty() ? null : last.get(0).timestamp());
                Optional<Module> module = reviewModule(c, since);
                if (module.isPresent()) {
                    return Optional.of(prerequisiteDecision(module.get(), c, wrong, mastery, step));
                }
            }
        }
        return Optional.empty();
    }

    /** Spaced review of the weakest decayed competency among those of the done steps. */
    Optional<Decision> spacedReview(Set<String> practisedCompetencies) {
        String weakest = null;
        double weakestMastery = 2;
        Instant weakestPractice = null;
        for (String c : LearnerView.sorted(practisedCompetencies)) {
            Instant practised = lastPractice(c);
            double now = v.mastery(c);
            if (practised != null
                    && now < v.settings().masteryThreshold()
                    && now < weakestMastery
                    && wasMastered(c, practised)) {
                Optional<Module> module = reviewModule(c, practised);
                if (module.isPresent()) {
                    weakest = c;
                    weakestMastery = now;
                    weakestPractice = practised;
                }
            }
        }
        if (weakest == null) {
            return Optional.empty();
        }
        Module module = reviewModule(weakest, weakestPractice).orElseThrow();
        Map<String, String> p = competencyParams(module, weakest, weakestMastery);
        p.put("lastPractice", weakestPractice.toString());
        p.put(
                "daysSince",
                Long.toString(Duration.between(weakestPractice, v.now()).toDays()));
        return Optional.of(v.decide(module.id(), ReasonCode.SPACED_REVIEW, p));
    }

    /** For each mastered competency, when it is predicted to fall below the threshold; soonest first. */
    List<ScheduledReview> upcoming(Set<String> practisedCompetencies) {
        List<ScheduledReview> out = new ArrayList<>();
        double threshold = v.settings().masteryThreshold();
        for (String c : practisedCompetencies) {
            if (v.mastery(c) >= threshold) {
                v.model()
                        .timeUntilBelow(v.learnerId(), c, threshold, v.now())
                        .ifPresent(d -> out.add(new ScheduledReview(c, v.now().plus(d))));
            }
        }
        out.sort(Comparator.comparing(ScheduledReview::dueAt).thenComparing(ScheduledReview::competencyId));
        return out;
    }

    private Instant latestPractice(Set<String> competencies) {
        Instant out = null;
        for (String c : competencies) {
            out = latest(out, lastPractice(c));
        }
        return out;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private boolean wasMastered(String competency, Instant practised) {
        return v.model().masteryNow(v.learnerId(), competency, practised)
                >= v.settings().masteryThreshold();
    }

    private Instant lastPractice(String competency) {
        List<Outcome> last = v.model().lastOutcomes(v.learnerId(), competency, 1);
        return last.isEmpty() ? null : last.get(0).timestamp();
    }

    private boolean lastAllWrong(Set<String> competencies, int k) {
        for (String c : competencies) {
            List<Outcome> last = v.model().lastOutcomes(v.learnerId(), c, k);
            if (last.size() == k && last.stream().allMatch(o -> o.score() < 0.5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The module to review a competency with: in the pathway first, then practice before lessons, then the shortest;
     * none if the best one was already taken after the last evidence.
     */
    private Optional<Module> reviewModule(String competency, Instant lastEvidence) {
        return v.content().modulesTeaching(competency).stream()
                .filter(m -> m.kind() != ModuleKind.ASSESSMENT && m.kind() != ModuleKind.PRE_TEST)
                .min(Comparator.comparing((Module m) -> !pathwaySteps.contains(m.id()))
                        .thenComparing(m -> m.kind() != ModuleKind.PRACTICE)
                        .thenComparing(Module::expectedTime)
                        .thenComparing(Module::id))
                .filter(m -> !takenSince(m, lastEvidence));
    }

    private boolean takenSince(Module m, Instant lastEvidence) {
        Instant taken = v.progress().of(m.id()).lastActivity();
        return taken != null && (lastEvidence == null || !taken.isBefore(lastEvidence));
    }

    private Decision prerequisiteDecision(Module module, String c, boolean wrong, double mastery, String blocked) {
        Map<String, String> p = competencyParams(module, c, mastery);
        p.put("blockedModule", blocked);
        p.put("blockedTitle", v.title(blocked));
        if (wrong) {
            p.put("wrongCount", Integer.toString(v.settings().wrongAnswersForReview()));
            return v.decide(module.id(), ReasonCode.PREREQUISITE_REVIEW_WRONG_ANSWERS, p);
        }
        return v.decide(module.id(), ReasonCode.PREREQUISITE_REVIEW_LOW_MASTERY, p);
    }

    private Map<String, String> competencyParams(Module module, String competency, double mastery) {
        Map<String, String> p = v.stepParams(module.id());
        p.put("competency", competency);
        p.put("competencyName", v.competencyName(competency));
        p.put("mastery", LearnerView.number(mastery));
        p.put("masteryPercent", LearnerView.percent(mastery));
        return p;
    }
}
