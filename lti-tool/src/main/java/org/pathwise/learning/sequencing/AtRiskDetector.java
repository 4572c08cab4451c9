package org.pathwise.learning.sequencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.model.LearnerModel;

/**
 * Flags learners at risk on a pathway, with reasons: inactive for too long, failing the same module repeatedly, and
 * behind schedule (average predicted mastery of the pathway's competencies below the threshold while the remaining
 * expected study time, at the assumed study time per day, needs more days than are left before the due date).
 */
public final class AtRiskDetector {

    private final ContentModel content;
    private final SequencerSettings settings;
    private final Clock clock;

    public AtRiskDetector(ContentModel content, SequencerSettings settings, Clock clock) {
        this.content = content;
        this.settings = settings;
        this.clock = clock;
    }

    /** The flags for this learner; {@code plan} is the sequencer's current plan for them on this pathway. */
    public List<AtRiskFlag> assess(Pathway pathway, Plan plan, LearnerModel model, LearnerProgress progress) {
        Instant now = clock.instant();
        List<AtRiskFlag> flags = new ArrayList<>();
        Instant last = progress.lastActivity();
        if (last != null && Duration.between(last, now).compareTo(settings.inactivityAfter()) >= 0) {
            flags.add(flag(
                    progress,
                    pathway,
                    AtRiskCode.INACTIVE,
                    Map.of(
                            "days", Long.toString(Duration.between(last, now).toDays()),
                            "lastActivityDate",
                                    last.atOffset(ZoneOffset.UTC).toLocalDate().toString())));
        }
        for (String step : pathway.steps()) {
            content.module(step)
                    .ifPresent(m -> repeatedFailure(m, pathway, progress).ifPresent(flags::add));
        }
        if (pathway.dueDate() != null && !plan.isComplete()) {
            behindSchedule(pathway, plan, model, progress, now).ifPresent(flags::add);
        }
        return flags;
    }

    private Optional<AtRiskFlag> repeatedFailure(Module m, Pathway pathway, LearnerProgress progress) {
        ModuleProgress p = progress.of(m.id());
        if (p.failures() < settings.repeatedFailures() || p.isDone(m)) {
            return Optional.empty();
        }
        return Optional.of(flag(
                progress,
                pathway,
                AtRiskCode.REPEATED_FAILURE,
                Map.of("module", m.id(), "moduleTitle", m.title(), "failures", Integer.toString(p.failures()))));
    }

    private Optional<AtRiskFlag> behindSchedule(
            Pathway pathway, Plan plan, LearnerModel model, LearnerProgress progress, Instant now) {
        Set<String> competencies = new TreeSet<>();
        pathway.steps().forEach(s -> competencies.addAll(content.competenciesOf(s)));
        double mean = competencies.stream()
                .mapToDouble(c -> model.masteryNow(progress.learnerId(), c, now))
                .average()
                .orElse(0);
        Duration work = remainingWork(plan);
        double daysNeeded = (double) work.toMinutes() / settings.studyPerDay().toMinutes();
        double daysLeft = Math.max(0, Duration.between(now, pathway.dueDate()).toMinutes() / 1440.0);
        if (mean >= settings.masteryThreshold() || daysNeeded <= daysLeft) {
            return Optional.empty();
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("pathwayTitle", pathway.title());
        p.put("dueDate", pathway.dueDate().toString());
        p.put("daysLeft", Long.toString((long) Math.floor(daysLeft)));
        p.put("hoursNeeded", Long.toString(Math.round(work.toMinutes() / 60.0)));
        p.put("meanMastery", LearnerView.number(mean));
        p.put("masteryPercent", LearnerView.percent(mean));
        return Optional.of(flag(progress, pathway, AtRiskCode.BEHIND_SCHEDULE, p));
    }

    private Duration remainingWork(Plan plan) {
        Duration total = expectedTime(plan.next().stepId());
        for (Decision d : plan.remainder()) {
            total = total.plus(expectedTime(d.stepId()));
        }
        return total;
    }

    private Duration expectedTime(String step) {
        if (step == null) {
            return Duration.ZERO;
        }
        Module m = content.module(step).orElse(null);
        if (m != null) {
            return m.expectedTime();
        }
        ItemBank bank = content.itemBank(step).orElseThrow();
        Duration perItem = content.module(bank.itemIds().get(0)).orElseThrow().expectedTime();
        return perItem.multipliedBy(bank.maxItems());
    }

    private static AtRiskFlag flag(LearnerProgress progress, Pathway pathway, AtRiskCode code, Map<String, String> p) {
        return new AtRiskFlag(progress.learnerId(), pathway.id(), code, p);
    }
}
