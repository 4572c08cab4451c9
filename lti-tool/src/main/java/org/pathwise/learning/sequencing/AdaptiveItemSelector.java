package org.pathwise.learning.sequencing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.model.AbilityVsDifficulty;
import org.pathwise.learning.model.Elo;

/**
 * Adaptive item choice (1PL / Elo): among the items of a bank the learner has not answered, the one with maximum
 * Fisher information at the learner's ability, I = p(1 - p) with p = sigmoid(ability - difficulty); that is the item
 * whose predicted chance of success is closest to one half. The item's designer difficulty is used when set, else
 * the learner model's estimate. Ties go to the item listed first. With exposure control (the bank's {@code randomesque}
 * k above 1) the item is drawn among the k most informative ones.
 */
final class AdaptiveItemSelector {

    private AdaptiveItemSelector() {}

    /** The chosen item and why, or empty when every item of the bank has been answered. */
    static Optional<Decision> choose(LearnerView v, ItemBank bank, ReasonCode reason) {
        List<Candidate> candidates = new ArrayList<>();
        int answered = 0;
        for (String itemId : bank.itemIds()) {
            if (v.progress().of(itemId).attempted()) {
                answered++;
                continue;
            }
            Module item = v.content().module(itemId).orElseThrow();
            candidates.add(new Candidate(item, pCorrect(v, item, bank)));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // stable sort: ties keep the bank's order
        candidates.sort(Comparator.comparingDouble(Candidate::information).reversed());
        int k = Math.min(bank.randomesque(), candidates.size());
        Candidate chosen = candidates.get(k == 1 ? 0 : draw(v.learnerId(), bank.id(), answered, k));
        return Optional.of(decision(v, bank, chosen.item(), chosen.p(), chosen.information(), reason));
    }

    /**
     * Randomesque draw among the k most informative items: a hash of learner, bank and position rather than a random
     * number, so that the next item stays the same each time the plan is asked for until the learner answers it,
     * while different learners see different items.
     */
    static int draw(String learnerId, String bankId, int answered, int k) {
        int h = (learnerId + '\u0000' + bankId + '\u0000' + answered).hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, k);
    }

    private record Candidate(Module item, double p) {
        double information() {
            return p * (1 - p);
        }
    }

    /** The item's Fisher information for this learner now. */
    static double information(LearnerView v, Module item, ItemBank bank) {
        double p = pCorrect(v, item, bank);
        return p * (1 - p);
    }

    private static double pCorrect(LearnerView v, Module item, ItemBank bank) {
        List<String> skills = List.copyOf(item.competencies().isEmpty() ? bank.competencies() : item.competencies());
        AbilityVsDifficulty avd = v.model().abilityVsDifficulty(v.learnerId(), skills, item.id());
        return item.difficulty() == null ? avd.pCorrect() : Elo.pCorrect(avd.ability(), item.difficulty());
    }

    private static Decision decision(
            LearnerView v, ItemBank bank, Module item, double p, double info, ReasonCode reason) {
        Map<String, String> params = v.stepParams(bank.id());
        params.put("bankTitle", bank.title());
        params.put("item", item.id());
        params.put("pCorrect", LearnerView.number(p));
        params.put("information", LearnerView.number(info));
        return new Decision(v.learnerId(), v.pathway().id(), bank.id(), item.id(), reason, params);
    }
}
