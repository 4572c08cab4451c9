package org.pathwise.learning.model;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live learner model: consumes observations one at a time and answers questions about each learner. Built from
 * fitted {@link ModelParameters}; keeps learner states in memory. Not thread-safe: callers serialise access (for
 * instance one model per partition of learners, or a lock).
 */
public final class LearnerModel {

    private static final LearnerState EMPTY = new LearnerState();

    private final ModelParameters params;
    private final double[] weights;
    private final boolean learnItems;
    private final Map<String, LearnerState> learners = new HashMap<>();
    private final Map<String, ItemParameters> items;
    /** Per learner, the item keys their answers moved (only when items are learnt). */
    private final Map<String, java.util.Set<String>> itemsMoved = new HashMap<>();

    private LearnerModel(ModelParameters params, boolean learnItems) {
        this.params = params;
        this.weights =
                params.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.learnItems = learnItems;
        this.items = new HashMap<>(params.items());
    }

    /** A model that also keeps refining item difficulties from the answers it sees (for the live server). */
    public static LearnerModel of(ModelParameters params) {
        return new LearnerModel(params, true);
    }

    /** A model whose item difficulties stay as fitted (for evaluation on held-out learners). */
    public static LearnerModel withFrozenItems(ModelParameters params) {
        return new LearnerModel(params, false);
    }

    /** Probability that the learner answers the item correctly now (the combined predictor). */
    public double predictCorrect(String learnerId, List<String> skills, String itemId, Instant now) {
        LearnerState learner = learners.getOrDefault(learnerId, EMPTY);
        double[] x =
                Features.compute(learner, skills, difficulty(Observation.itemKey(skills, itemId), skills), now, params);
        return Elo.sigmoid(Features.dot(x, weights) + Features.skillTerms(learner, skills, params));
    }

    /**
     * The shared part of the predictor's input for this learner and item now, in the order of {@link Features#NAMES}
     * (the per-skill terms come on top).
     */
    public double[] features(String learnerId, List<String> skills, String itemId, Instant now) {
        LearnerState learner = learners.getOrDefault(learnerId, new LearnerState());
        return Features.compute(learner, skills, difficulty(Observation.itemKey(skills, itemId), skills), now, params);
    }

    /** The per-skill inputs of each of the item's skills for this learner now (see {@link SkillWeights}). */
    double[][] skillInputs(String learnerId, List<String> skills) {
        LearnerState learner = learners.getOrDefault(learnerId, EMPTY);
        double[][] out = new double[skills.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Features.skillInputs(learner, skills.get(i), skills.size());
        }
        return out;
    }

    /** Updates the learner's state (and the item's difficulty unless frozen) with one answer. */
    public void observe(Observation o) {
        LearnerState learner = learners.computeIfAbsent(o.learnerId(), id -> new LearnerState());
        String itemKey = o.itemKey();
        double difficulty = difficulty(itemKey, o.skills());
        double residual = o.score() - Elo.pCorrect(learner.ability + skillAbility(learner, o.skills()), difficulty);
        EloSettings elo = params.elo();
        for (String skill : o.skills()) {
            SkillParameters sp = params.skill(skill);
            SkillState s = learner.skills.computeIfAbsent(
                    skill, k -> new SkillState(sp.bkt().pInit()));
            double before =
                    s.lastPractice == null ? s.mastery : Features.masteryNow(s, sp, params.forgetting(), o.timestamp());
            double ability = s.ability + Elo.step(elo.learnerA(), elo.learnerB(), s.attempts()) * residual;
            s.record(o, learner.answers, Bkt.update(before, o.score(), sp.bkt()), ability);
        }
        learner.ability +=
                Elo.step(elo.learnerA(), elo.learnerB(), (int) Math.min(learner.answers, Integer.MAX_VALUE)) * residual;
        if (learnItems) {
            ItemParameters item = items.getOrDefault(itemKey, new ItemParameters(difficulty, 0));
            double step = Elo.step(elo.itemA(), elo.itemB(), item.answers());
            items.put(itemKey, new ItemParameters(item.difficulty() - step * residual, item.answers() + 1));
            itemsMoved
                    .computeIfAbsent(o.learnerId(), k -> new java.util.HashSet<>())
                    .add(itemKey);
        }
        double signed = 2 * o.score() - 1;
        learner.recent = SkillState.RECENCY * learner.recent + (1 - SkillState.RECENCY) * signed;
        learner.last = signed;
        learner.decayedSuccesses = LearnerState.DECAY * learner.decayedSuccesses + o.score();
        learner.decayedFailures = LearnerState.DECAY * learner.decayedFailures + 1 - o.score();
        learner.answers++;
        if (o.correct()) {
            learner.successes++;
        } else {
            learner.failures++;
        }
    }

    /** Probability of mastery of the skill now, after forgetting since the last practice; pInit if never practised. */
    public double masteryNow(String learnerId, String skill, Instant now) {
        SkillParameters sp = params.skill(skill);
        SkillState s = skillState(learnerId, skill);
        return s == null ? sp.bkt().pInit() : Features.masteryNow(s, sp, params.forgetting(), now);
    }

    /**
     * Time from {@code now} until the mastery of the skill falls below the threshold: zero if it is already below,
     * empty if it never will (threshold at or below the skill's prior).
     */
    public Optional<Duration> timeUntilBelow(String learnerId, String skill, double threshold, Instant now) {
        SkillParameters sp = params.skill(skill);
        SkillState s = skillState(learnerId, skill);
        double mastery = masteryNow(learnerId, skill, now);
        int successes = s == null ? 0 : s.successes;
        return params.forgetting().timeUntilBelow(mastery, sp.bkt().pInit(), threshold, successes);
    }

    /** The learner's Elo ability on the item's skills against the item's difficulty. */
    public AbilityVsDifficulty abilityVsDifficulty(String learnerId, List<String> skills, String itemId) {
        LearnerState learner = learners.getOrDefault(learnerId, new LearnerState());
        double ability = learner.ability + skillAbility(learner, skills);
        double difficulty = difficulty(Observation.itemKey(skills, itemId), skills);
        return new AbilityVsDifficulty(ability, difficulty, Elo.pCorrect(ability, difficulty));
    }

    /** Up to n most recent outcomes of the learner on the skill, newest first. */
    public List<Outcome> lastOutcomes(String learnerId, String skill, int n) {
        SkillState s = skillState(learnerId, skill);
        return s == null ? List.of() : s.lastOutcomes(n);
    }

    /** The learner's whole state as plain data (a learner never seen gets the empty state). */
    public LearnerSnapshot snapshot(String learnerId) {
        LearnerState l = learners.getOrDefault(learnerId, EMPTY);
        Map<String, LearnerSnapshot.Skill> skills = new HashMap<>();
        l.skills.forEach((skill, s) -> skills.put(skill, s.snapshot()));
        Map<String, ItemParameters> moved = new HashMap<>();
        itemsMoved.getOrDefault(learnerId, java.util.Set.of()).forEach(k -> moved.put(k, items.get(k)));
        return new LearnerSnapshot(
                learnerId,
                l.ability,
                l.answers,
                l.successes,
                l.failures,
                l.recent,
                l.last,
                l.decayedSuccesses,
                l.decayedFailures,
                skills,
                moved);
    }

    /**
     * Puts a learner's state back (replacing what the model held for them), so that observing their next answers
     * continues where the snapshot was taken. The snapshot's item difficulties replace the model's for those items.
     */
    public void restore(LearnerSnapshot snapshot) {
        LearnerState l = new LearnerState();
        l.ability = snapshot.ability();
        l.answers = snapshot.answers();
        l.successes = snapshot.successes();
        l.failures = snapshot.failures();
        l.recent = snapshot.recent();
        l.last = snapshot.last();
        l.decayedSuccesses = snapshot.decayedSuccesses();
        l.decayedFailures = snapshot.decayedFailures();
        snapshot.skills().forEach((skill, s) -> l.skills.put(skill, SkillState.restore(s)));
        learners.put(snapshot.learnerId(), l);
        items.putAll(snapshot.items());
        if (learnItems && !snapshot.items().isEmpty()) {
            itemsMoved
                    .computeIfAbsent(snapshot.learnerId(), k -> new java.util.HashSet<>())
                    .addAll(snapshot.items().keySet());
        }
    }

    /** How many answers on the skill the learner's state holds (the evidence behind its mastery). */
    public int evidence(String learnerId, String skill) {
        SkillState s = skillState(learnerId, skill);
        return s == null ? 0 : s.attempts();
    }

    public ModelParameters parameters() {
        return params;
    }

    private SkillState skillState(String learnerId, String skill) {
        LearnerState learner = learners.get(learnerId);
        return learner == null ? null : learner.skill(skill);
    }

    private static double skillAbility(LearnerState learner, List<String> skills) {
        double sum = 0;
        for (String skill : skills) {
            SkillState s = learner.skill(skill);
            sum += s == null ? 0 : s.ability;
        }
        return sum / skills.size();
    }

    private double difficulty(String itemKey, List<String> skills) {
        ItemParameters item = items.get(itemKey);
        if (item != null) {
            return item.difficulty();
        }
        double sum = 0;
        for (String skill : skills) {
            sum += params.skill(skill).difficulty();
        }
        return sum / skills.size();
    }
}
