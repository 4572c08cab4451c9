package org.pathwise.learning.sequencing;

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
 * the learner model's estimate. Ties go to the item listed first.
 */
final class AdaptiveItemSelector {

    private AdaptiveItemSelector() {}

    /** The chosen item and why, or empty when every item of the bank has been answered. */
    static Optional<Decision> choose(LearnerView v, ItemBank bank, ReasonCode reason) {
        Module best = null;
        double bestInfo = -1;
        double bestP = 0;
        for (String itemId : bank.itemIds()) {
            if (v.progress().of(itemId).attempted()) {
                continue;
            }
            Module item = v.content().module(itemId).orElseThrow();
            double p = pCorrect(v, item, bank);
            double info = p * (1 - p);
            if (info > bestInfo) {
                best = item;
                bestInfo = info;
                bestP = p;
            }
        }
        return best == null ? Optional.empty() : Optional.of(decision(v, bank, best, bestP, bestInfo, reason));
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
