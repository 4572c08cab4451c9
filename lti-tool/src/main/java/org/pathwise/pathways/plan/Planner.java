package org.pathwise.pathways.plan;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.learning.content.Competency;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.sequencing.AtRiskDetector;
import org.pathwise.learning.sequencing.AtRiskFlag;
import org.pathwise.learning.sequencing.Decision;
import org.pathwise.learning.sequencing.Plan;
import org.pathwise.learning.sequencing.ProgressEvent;
import org.pathwise.learning.sequencing.ProgressKind;
import org.pathwise.learning.sequencing.Sequencer;
import org.pathwise.learning.sequencing.SequencerSettings;
import org.pathwise.pathways.content.CourseModel;
import org.pathwise.pathways.content.LibraryUnit;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.record.LearnerHistory;
import org.pathwise.pathways.record.LearnerRecordStore;
import org.pathwise.pathways.record.LearnerStates;
import org.pathwise.pathways.record.ParameterStore;
import org.pathwise.tool.platform.ApiException;

/**
 * Plans a learner's pathway: replays the learner's record through the course's content model and asks the
 * {@link Sequencer}; renders the plan with reasons in plain words, mastery per competency and (for instructors)
 * at-risk flags.
 */
@ApplicationScoped
public class Planner {

    /** A plan with what it was computed from. */
    public record Result(CourseModel model, PathwayRecord pathway, Plan plan, LearnerHistory history) {}

    /**
     * A hypothetical learner for the preview: answers per competency, units done or passed, optionally starting from
     * a real learner's record.
     */
    public record Profile(String learnerId, List<Answer> answers, List<String> done, List<String> passed) {}

    /** One answer of the profile. */
    public record Answer(String competency, boolean correct) {}

    @Inject
    LearnerRecordStore record;

    @Inject
    ParameterStore parameters;

    @Inject
    LearnerStates states;

    @Inject
    @ConfigProperty(name = "pathwise.learning.mastery-threshold", defaultValue = "0.95")
    double masteryThreshold;

    Clock clock = Clock.systemUTC();

    public SequencerSettings settings() {
        return SequencerSettings.DEFAULT.withMasteryThreshold(masteryThreshold);
    }

    /** The learner's plan from their stored model state when it is current, else by replaying their record. */
    public Result plan(CourseModel model, PathwayRecord pathway, String learnerId) {
        Optional<LearnerHistory> stored = states.history(model, learnerId);
        return stored.isPresent()
                ? plan(model, pathway, learnerId, stored.get())
                : plan(model, pathway, learnerId, record.statementsOf(learnerId));
    }

    public Result plan(CourseModel model, PathwayRecord pathway, String learnerId, List<JsonNode> statements) {
        LearnerHistory history = LearnerHistory.replay(model.content(), parameters.current(), learnerId, statements);
        return plan(model, pathway, learnerId, history);
    }

    private Result plan(CourseModel model, PathwayRecord pathway, String learnerId, LearnerHistory history) {
        Plan plan = new Sequencer(model.content(), settings(), clock)
                .plan(
                        learnerId,
                        model.pathway(pathway.id()),
                        model.overrides(pathway),
                        history.model(),
                        history.progress());
        return new Result(model, pathway, plan, history);
    }

    /** What a learner with this profile would get (nothing is stored). */
    public Result preview(CourseModel model, PathwayRecord pathway, Profile profile) {
        String learner = profile.learnerId() == null || profile.learnerId().isBlank() ? "preview" : profile.learnerId();
        List<JsonNode> statements = learner.equals("preview") ? List.of() : record.statementsOf(learner);
        LearnerHistory history = LearnerHistory.replay(model.content(), parameters.current(), learner, statements);
        Instant now = clock.instant();
        List<Answer> answers = profile.answers() == null ? List.of() : profile.answers();
        var progress = history.progress();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (a == null
                    || a.competency() == null
                    || !model.content().framework().contains(a.competency())) {
                throw new ApiException(
                        ApiException.Kind.BAD_REQUEST,
                        "answers[" + i + "].competency: not a competency of this course");
            }
            Instant at = now.minus(Duration.ofSeconds(answers.size() - i));
            history.model().observe(Observation.of(learner, a.competency(), null, a.correct() ? 1 : 0, at));
        }
        progress = progress.applyAll(events(model, learner, profile.done(), ProgressKind.COMPLETED, now));
        progress = progress.applyAll(events(model, learner, profile.passed(), ProgressKind.PASSED, now));
        return plan(model, pathway, learner, new LearnerHistory(history.model(), progress, history.observations()));
    }

    private static List<ProgressEvent> events(
            CourseModel model, String learner, List<String> units, ProgressKind kind, Instant at) {
        List<ProgressEvent> out = new ArrayList<>();
        for (String u : units == null ? List.<String>of() : units) {
            String activity = model.activity(u)
                    .orElseThrow(() -> new ApiException(
                            ApiException.Kind.BAD_REQUEST, "unknown unit '" + u + "': not in the content library"));
            out.add(new ProgressEvent(learner, activity, kind, at, null));
        }
        return out;
    }

    /** The plan as the API and the page show it; flags only when asked (instructors). */
    public PlanView view(Result r, Locale locale, boolean withFlags) {
        ContentModel content = r.model().content();
        Pathway pathway = r.model().pathway(r.pathway().id());
        Plan plan = r.plan();
        List<PlanView.Step> done = new ArrayList<>();
        for (String step : content.orderedSteps(pathway.id())) {
            Module m = content.module(step).orElse(null);
            if (m != null && r.history().progress().of(step).isDone(m)) {
                done.add(step(r.model(), step, null, null));
            } else if (m == null) {
                plan.finished(step).ifPresent(d -> done.add(decision(r.model(), d, locale)));
            }
        }
        List<PlanView.Flag> flags = new ArrayList<>();
        if (withFlags) {
            for (AtRiskFlag f : new AtRiskDetector(content, settings(), clock)
                    .assess(pathway, plan, r.history().model(), r.history().progress())) {
                flags.add(new PlanView.Flag(f.code().name(), f.sentence(locale)));
            }
        }
        int total = pathway.steps().size();
        double completion = plan.isComplete() || total == 0
                ? 1.0
                : Math.min(1.0, (done.size() + plan.skipped().size()) / (double) total);
        return new PlanView(
                pathway.id(),
                pathway.title(),
                plan.next().learnerId(),
                plan.isComplete(),
                plan.isComplete() && plan.next().stepId() == null
                        ? new PlanView.Step(
                                null,
                                pathway.title(),
                                plan.next().reason().name(),
                                plan.next().sentence(locale),
                                null)
                        : decision(r.model(), plan.next(), locale),
                plan.remainder().stream()
                        .map(d -> decision(r.model(), d, locale))
                        .toList(),
                plan.skipped().stream().map(d -> decision(r.model(), d, locale)).toList(),
                done,
                mastery(r, pathway),
                flags,
                completion);
    }

    /** Estimated mastery of each competency the pathway's steps teach or assess, in framework order. */
    List<PlanView.Mastery> mastery(Result r, Pathway pathway) {
        ContentModel content = r.model().content();
        Set<String> competencies = new LinkedHashSet<>();
        pathway.steps().forEach(s -> competencies.addAll(content.competenciesOf(s)));
        Instant now = clock.instant();
        String learner = r.plan().next().learnerId();
        List<PlanView.Mastery> out = new ArrayList<>();
        for (Competency c : content.framework().competencies()) {
            if (!competencies.contains(c.id())) {
                continue;
            }
            double p = r.history().model().masteryNow(learner, c.id(), now);
            int evidence = r.history().model().evidence(learner, c.id());
            out.add(new PlanView.Mastery(c.id(), c.name(), round(p), p >= masteryThreshold, evidence));
        }
        return out;
    }

    private static PlanView.Step decision(CourseModel model, Decision d, Locale locale) {
        String module = d.moduleId() != null ? d.moduleId() : d.stepId();
        return step(model, module, d.reason().name(), d.sentence(locale));
    }

    private static PlanView.Step step(CourseModel model, String activityId, String reason, String sentence) {
        LibraryUnit u = model.unitOfModule(activityId).orElse(null);
        String title = u != null
                ? u.title()
                : model.content()
                        .module(activityId)
                        .map(Module::title)
                        .or(() -> model.content().itemBank(activityId).map(ItemBank::title))
                        .orElse(activityId);
        String unitId = u == null ? null : u.unitId();
        return new PlanView.Step(unitId, title, reason, sentence, unitId == null ? null : "/play/" + unitId);
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
