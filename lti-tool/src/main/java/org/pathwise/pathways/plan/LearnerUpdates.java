package org.pathwise.pathways.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseModel;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.PathwayLearners;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.content.PathwayStore;
import org.pathwise.pathways.record.LearnerRecordStore;
import org.pathwise.pathways.record.LearnersChanged;

/**
 * After new statements of learners were read (their stored model state and mastery per competency already advanced
 * in the page's transaction, {@link org.pathwise.pathways.record.LearnerStates}): queues a grade for each pathway
 * they follow whose value changed.
 */
@ApplicationScoped
public class LearnerUpdates {

    private static final Logger LOG = Logger.getLogger(LearnerUpdates.class.getName());

    @Inject
    PathwayLearners learners;

    @Inject
    PathwayStore pathways;

    @Inject
    CourseService courses;

    @Inject
    LearnerRecordStore record;

    @Inject
    Planner planner;

    @Inject
    PathwayGrades grades;

    void on(@Observes LearnersChanged event) {
        Map<CourseKey, CourseModel> models = new HashMap<>();
        for (String learner : event.learnerIds()) {
            try {
                update(learner, models);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not update the mastery of learner " + learner, e);
            }
        }
    }

    private void update(String learner, Map<CourseKey, CourseModel> models) {
        List<PathwayLearners.Learner> rows = learners.ofLearner(learner);
        if (rows.isEmpty()) {
            return;
        }
        for (PathwayLearners.Learner row : rows) {
            PathwayRecord p = pathways.find(row.pathwayId()).orElse(null);
            if (p == null) {
                continue;
            }
            CourseModel model = models.computeIfAbsent(p.course(), courses::model);
            Planner.Result r = planner.plan(model, p, learner);
            grades.publishIfChanged(row, r);
        }
    }
}
