package org.pathwise.learning.sequencing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.content.PathwayOverrides;
import org.pathwise.learning.model.LearnerModel;

/**
 * Chooses a learner's next step on a pathway and orders the rest, each with a reason. Order of precedence for the
 * next step: the instructor's choice for this learner; a pinned step due now; a prerequisite review when the learner
 * struggles; a spaced review of a decayed competency; the first remaining step (for an item bank, its most
 * informative item). Steps are skipped when tested out, mastered or (optional practice) far too easy, unless an
 * instructor pinned them or their package forces its order. Reads the learner model only; callers serialise access
 * to it as it requires. Thread-safe otherwise.
 */
public final class Sequencer {

    private final ContentModel content;
    private final SequencerSettings settings;
    private final Clock clock;
    private final StepArrangement arrangement;

    public Sequencer(ContentModel content, SequencerSettings settings, Clock clock) {
        this.content = content;
        this.settings = settings;
        this.clock = clock;
        this.arrangement = new StepArrangement(content);
    }

    public Plan plan(
            String learnerId,
            Pathway pathway,
            PathwayOverrides overrides,
            LearnerModel model,
            LearnerProgress progress) {
        LearnerView v = new LearnerView(learnerId, pathway, model, progress, clock.instant(), content, settings);
        StepRules rules = new StepRules(v);
        Set<String> ordered = new HashSet<>(overrides.order());
        List<Decision> todo = new ArrayList<>();
        List<Decision> pinned = new ArrayList<>();
        List<Decision> skipped = new ArrayList<>();
        List<Decision> finished = new ArrayList<>();
        Set<String> practised = new HashSet<>();
        for (String step : arrangement.steps(pathway, overrides)) {
            if (v.isDone(step)) {
                practised.addAll(content.competenciesOf(step));
                content.itemBank(step)
                        .ifPresent(bank -> finished.add(ItemBankStop.ended(v, bank, ItemBankStop.status(v, bank))));
            } else if (overrides.pins().containsKey(step)) {
                pinned.add(pin(v, step, overrides.pins().get(step)));
            } else if (overrides.skips().contains(step)) {
                skipped.add(v.decide(step, ReasonCode.SKIPPED_BY_INSTRUCTOR));
            } else {
                Decision d = rules.evaluate(step, ordered.contains(step));
                (StepRules.isSkip(d.reason()) ? skipped : todo).add(d);
            }
        }
        insertPins(todo, pinned);
        Reviews reviews = new Reviews(v, arrangement.stepSet(pathway));
        Decision next = next(v, todo, overrides, reviews, practised);
        todo.removeIf(d -> d.stepId().equals(next.stepId()));
        return new Plan(next, todo, skipped, reviews.upcoming(practised), finished);
    }

    private Decision next(
            LearnerView v, List<Decision> todo, PathwayOverrides overrides, Reviews reviews, Set<String> practised) {
        Optional<String> chosen = overrides.nextFor(v.learnerId()).filter(s -> content.isStep(s) && !v.isDone(s));
        if (chosen.isPresent()) {
            return launchable(v, v.decide(chosen.get(), ReasonCode.LEARNER_OVERRIDE));
        }
        if (!todo.isEmpty() && todo.get(0).reason() == ReasonCode.PINNED) {
            return launchable(v, todo.get(0));
        }
        Optional<Decision> review = todo.isEmpty()
                ? Optional.empty()
                : reviews.prerequisiteReview(todo.get(0).stepId());
        if (review.isEmpty()) {
            review = reviews.spacedReview(practised);
        }
        if (review.isPresent()) {
            return review.get();
        }
        if (todo.isEmpty()) {
            return new Decision(
                    v.learnerId(),
                    v.pathway().id(),
                    null,
                    null,
                    ReasonCode.PATHWAY_COMPLETE,
                    Map.of(
                            "pathway",
                            v.pathway().id(),
                            "pathwayTitle",
                            v.pathway().title()));
        }
        return launchable(v, todo.get(0));
    }

    /** For an item bank step, the decision to launch its most informative item (keeping an override's reason). */
    private static Decision launchable(LearnerView v, Decision d) {
        Optional<ItemBank> bank = v.content().itemBank(d.stepId());
        if (bank.isEmpty()) {
            return d;
        }
        ReasonCode reason = d.reason() == ReasonCode.NEXT_IN_PATHWAY ? ReasonCode.ADAPTIVE_ITEM : d.reason();
        return AdaptiveItemSelector.choose(v, bank.get(), reason).orElse(d);
    }

    private static Decision pin(LearnerView v, String step, int position) {
        Map<String, String> p = v.stepParams(step);
        p.put("position", Integer.toString(position));
        return v.decide(step, ReasonCode.PINNED, p);
    }

    private static void insertPins(List<Decision> todo, List<Decision> pinned) {
        pinned.sort(Comparator.comparingInt(d -> Integer.parseInt(d.params().get("position"))));
        for (Decision d : pinned) {
            int position = Integer.parseInt(d.params().get("position"));
            todo.add(Math.min(position - 1, todo.size()), d);
        }
    }
}
