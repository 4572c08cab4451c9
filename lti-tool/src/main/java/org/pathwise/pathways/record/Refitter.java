package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.learning.model.FitSettings;
import org.pathwise.learning.model.LearnerModelFitter;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseModel;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.pathways.content.PathwayLearners;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.content.PathwayStore;

/**
 * Refits the learner model's parameters from the whole record (BKT by EM per competency, Elo difficulties, predictor
 * weights: {@link LearnerModelFitter}) when enough new statements arrived since the last fit. Each course's learners
 * are read through that course's content model; an answer counts once per set of competencies.
 */
@ApplicationScoped
public class Refitter {

    private static final Logger LOG = Logger.getLogger(Refitter.class.getName());

    @Inject
    CourseService courses;

    @Inject
    PathwayStore pathways;

    @Inject
    PathwayLearners learners;

    @Inject
    LearnerRecordStore record;

    @Inject
    ParameterStore parameters;

    @Inject
    @ConfigProperty(name = "pathwise.learning.refit-after-statements", defaultValue = "200")
    long refitAfter;

    @Inject
    @ConfigProperty(name = "pathwise.learning.refit-min-observations", defaultValue = "50")
    int minObservations;

    /** Record size at this node's last attempt (a fit skipped for too few answers is not retried at once). */
    private volatile long attemptedAt;

    /** Whether enough new statements arrived since the last fit (or attempt). */
    public boolean due() {
        long statements = record.count();
        long atLastFit = parameters.fit().map(ParameterStore.Fit::statements).orElse(0L);
        return statements - Math.max(atLastFit, attemptedAt) >= refitAfter;
    }

    /** Fits and stores new parameters; returns the number of observations used (0 when too few to fit). */
    public int refit() {
        long statements = record.count();
        attemptedAt = statements;
        List<Observation> observations = observations();
        if (observations.size() < minObservations) {
            LOG.fine(() -> "refit skipped: " + observations.size() + " observations");
            return 0;
        }
        long start = System.nanoTime();
        ModelParameters fitted = new LearnerModelFitter(FitSettings.DEFAULT).fit(observations);
        parameters.save(fitted, observations.size(), statements);
        LOG.info(() -> "Learner model refitted on " + observations.size() + " observations in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return observations.size();
    }

    List<Observation> observations() {
        Map<CourseKey, List<PathwayRecord>> byCourse = new LinkedHashMap<>();
        pathways.all().forEach(p -> byCourse.computeIfAbsent(p.course(), k -> new ArrayList<>())
                .add(p));
        ModelParameters current = parameters.current();
        List<Observation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CourseKey course : byCourse.keySet()) {
            CourseModel model = courses.model(course);
            Set<String> ids = new HashSet<>();
            byCourse.get(course).forEach(p -> learners.ofPathway(p.id()).forEach(l -> ids.add(l.learnerId())));
            Map<String, List<JsonNode>> statements = record.statementsOf(ids);
            statements.forEach((learner, list) -> {
                for (Observation o : LearnerHistory.replay(model.content(), current, learner, list)
                        .observations()) {
                    String key = learner + "|" + o.itemId() + "|" + o.timestamp() + "|" + o.skills();
                    if (seen.add(key)) {
                        out.add(o);
                    }
                }
            });
        }
        return out;
    }
}
