package org.pathwise.pathways.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.lti.web.LaunchContext;
import org.pathwise.lti.web.LaunchContexts;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseModel;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.PathwayLearners;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.tool.session.CourseMembers;
import org.pathwise.tool.session.ToolSession;

/** The learner's and the instructor's view of a pathway: plans, recorded decisions, the class list, at-risk flags. */
@ApplicationScoped
public class LearnerPathways {

    /** A learner of a pathway and their flags (instructor views). */
    public record LearnerStatus(String learnerId, String name, PlanView plan) {}

    @Inject
    CourseService courses;

    @Inject
    CourseMembers members;

    @Inject
    PathwayLearners learners;

    @Inject
    LaunchContexts launches;

    @Inject
    Planner planner;

    @Inject
    DecisionRecorder decisions;

    /**
     * The session user's plan on a pathway of their course: remembers them as a learner of it (with the AGS line item
     * of their launch) and records the decision as xAPI when it changed.
     */
    public PlanView open(ToolSession session, String pathwayId) {
        CourseKey course = CourseKey.of(session);
        PathwayRecord p = courses.pathway(course, pathwayId);
        LaunchContext launch = launches.find(session.id()).orElse(null);
        boolean gradable = launch != null && launch.agsLineItem() != null;
        learners.seen(
                p.id(),
                session.learnerId(),
                session.name(),
                launch == null ? session.registrationId() : launch.platformId(),
                gradable ? launch.userSub() : null,
                gradable ? launch.agsLineItem() : null);
        Planner.Result r = planner.plan(courses.model(course), p, session.learnerId());
        decisions.record(r);
        return planner.view(r, locale(session), false);
    }

    /** Every learner who opened the pathway, with plan, mastery and flags. */
    public List<LearnerStatus> learners(ToolSession instructor, String pathwayId) {
        CourseKey course = CourseKey.of(instructor);
        PathwayRecord p = courses.pathway(course, pathwayId);
        CourseModel model = courses.model(course);
        List<LearnerStatus> out = new ArrayList<>();
        List<PathwayLearners.Learner> all = learners.ofPathway(p.id());
        Map<String, CourseMembers.Member> named = members.of(
                instructor, all.stream().map(PathwayLearners.Learner::learnerId).toList());
        PageText text = new PageText(locale(instructor));
        for (PathwayLearners.Learner l : all) {
            PlanView plan = planner.view(planner.plan(model, p, l.learnerId()), locale(instructor), true);
            CourseMembers.Member member = named.get(l.learnerId());
            String name = member != null ? member.label(text.get("page.pseudonym", member.ordinal())) : l.name();
            out.add(new LearnerStatus(l.learnerId(), name, plan));
        }
        return out;
    }

    /** What a learner with this profile would get. */
    public PlanView preview(ToolSession instructor, String pathwayId, Planner.Profile profile) {
        CourseKey course = CourseKey.of(instructor);
        PathwayRecord p = courses.pathway(course, pathwayId);
        return planner.view(planner.preview(courses.model(course), p, profile), locale(instructor), true);
    }

    static Locale locale(ToolSession session) {
        return session.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(session.locale());
    }
}
