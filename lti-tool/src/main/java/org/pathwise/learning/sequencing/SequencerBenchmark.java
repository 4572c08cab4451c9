package org.pathwise.learning.sequencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.pathwise.learning.content.Competency;
import org.pathwise.learning.content.CompetencyFramework;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ContentModelBuilder;
import org.pathwise.learning.content.ContentPackage;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.content.MoveOn;
import org.pathwise.learning.content.Node;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.content.PathwayOverrides;
import org.pathwise.learning.model.BktParameters;
import org.pathwise.learning.model.EloSettings;
import org.pathwise.learning.model.Features;
import org.pathwise.learning.model.ForgettingParameters;
import org.pathwise.learning.model.LearnerModel;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.model.SkillParameters;

/**
 * Next-module latency on synthetic data: a pathway of 1,000 modules over 200 competencies (prerequisite chains,
 * forced-sequential packages, one practice module in four) and 10,000 learners, each with progress through a random
 * prefix of the pathway and 30 answers in the learner model. Times one full {@link Sequencer#plan} per learner (next
 * step, ordered remainder, skips, reviews) after a warm-up, on one thread, and prints p50/p95/p99. Needs only the JDK:
 * {@code java -cp lti-tool/target/classes org.pathwise.learning.sequencing.SequencerBenchmark [learners] [modules]}.
 */
public final class SequencerBenchmark {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final int COMPETENCIES = 200;

    private SequencerBenchmark() {}

    public static void main(String[] args) {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int modules = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Random random = new Random(42);
        long t0 = System.nanoTime();
        ContentModel content = content(modules);
        Pathway pathway = content.pathway("all");
        LearnerModel model = LearnerModel.of(parameters());
        List<LearnerProgress> progress = learners(learners, content, pathway, model, random);
        System.out.printf(
                Locale.ROOT,
                "setup: %d modules, %d learners in %.1f s%n",
                modules,
                learners,
                (System.nanoTime() - t0) / 1e9);
        Sequencer sequencer = new Sequencer(content, SequencerSettings.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < Math.min(learners, 3_000); i++) {
            sequencer.plan(progress.get(i).learnerId(), pathway, PathwayOverrides.NONE, model, progress.get(i));
        }
        long[] nanos = new long[learners];
        Map<ReasonCode, Integer> reasons = new HashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < learners; i++) {
            LearnerProgress p = progress.get(i);
            long s = System.nanoTime();
            Plan plan = sequencer.plan(p.learnerId(), pathway, PathwayOverrides.NONE, model, p);
            nanos[i] = System.nanoTime() - s;
            reasons.merge(plan.next().reason(), 1, Integer::sum);
        }
        double total = (System.nanoTime() - start) / 1e9;
        report(nanos, total, reasons);
    }

    private static void report(long[] nanos, double totalSeconds, Map<ReasonCode, Integer> reasons) {
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "plan latency over %d learners: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms; %.0f plans/s%n",
                nanos.length,
                ms(nanos, 0.50),
                ms(nanos, 0.95),
                ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6,
                nanos.length / totalSeconds);
        System.out.println("next-step reasons: " + reasons);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    static ContentModel content(int count) {
        List<Competency> competencies = new ArrayList<>();
        for (int c = 0; c < COMPETENCIES; c++) {
            competencies.add(new Competency("c" + c, "Competency " + c, c % 10 == 0 ? null : "c" + (c - c % 10)));
        }
        ContentModelBuilder b = ContentModel.builder(CompetencyFramework.of("synthetic", competencies));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "https://bench.example.org/module/" + i;
            ModuleKind kind =
                    i % 4 == 3 ? ModuleKind.PRACTICE : i % 50 == 49 ? ModuleKind.ASSESSMENT : ModuleKind.LESSON;
            b.module(new Module(
                    id,
                    "Module " + i,
                    kind,
                    Set.of("c" + (i * COMPETENCIES / count)),
                    (i % 7) / 3.0 - 1,
                    Duration.ofMinutes(15),
                    i % 5 == 0 ? MoveOn.PASSED : MoveOn.COMPLETED_OR_PASSED));
            ids.add(id);
            if (i % 3 == 0 && i >= 7) {
                b.requires(Node.module(id), Node.module(ids.get(i - 7)));
            }
        }
        for (int c = 1; c < COMPETENCIES; c++) {
            b.requires(Node.competency("c" + c), Node.competency("c" + (c - 1)));
        }
        for (int p = 0; p < count / 100; p++) {
            b.contentPackage(
                    ContentPackage.scorm2004("pkg" + p, ids.subList(p * 100, p * 100 + 10), true, true, false));
        }
        return b.pathway(new Pathway("all", "Everything", "everyone", ids, NOW.plus(Duration.ofDays(30))))
                .build();
    }

    private static List<LearnerProgress> learners(
            int count, ContentModel content, Pathway pathway, LearnerModel model, Random random) {
        List<String> steps = content.orderedSteps(pathway.id());
        List<LearnerProgress> out = new ArrayList<>(count);
        for (int l = 0; l < count; l++) {
            String learner = "learner-" + l;
            int done = random.nextInt(steps.size() / 2);
            Map<String, ModuleProgress> map = new HashMap<>();
            Instant last = NOW.minus(Duration.ofDays(1 + random.nextInt(20)));
            for (int i = 0; i < done; i++) {
                map.put(steps.get(i), new ModuleProgress(true, true, false, 0, 0, last));
            }
            for (int a = 0; a < 30; a++) {
                int c = Math.min(COMPETENCIES - 1, done * COMPETENCIES / steps.size() + random.nextInt(3));
                double score = random.nextDouble() < 0.7 ? 1 : 0;
                model.observe(Observation.of(learner, "c" + c, null, score, last.minusSeconds(60L * (30 - a))));
            }
            out.add(new LearnerProgress(learner, map, last));
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static ModelParameters parameters() {
        List<Double> weights = new ArrayList<>(Collections.nCopies(Features.NAMES.size(), 0.0));
        weights.set(1, 1.0);
        SkillParameters skill = new SkillParameters(new BktParameters(0.3, 0.2, 0.1, 0.2, 0.0), 0.0);
        return new ModelParameters(
                Map.of(), Map.of(), skill, EloSettings.DEFAULT, ForgettingParameters.DEFAULT, weights);
    }
}
