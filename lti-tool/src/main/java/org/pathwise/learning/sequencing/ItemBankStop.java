package org.pathwise.learning.sequencing;

import java.util.Map;
import org.pathwise.learning.content.ItemBank;

/**
 * The stopping rule of an adaptive test (an item bank). The precision of the learner's ability estimate is the
 * standard error of the usual CAT approximation: SE = 1 / sqrt(1/σ0² + Σ I_i(θ)), the test information of the answered
 * items at the current ability θ (1PL: I = p(1 - p)) plus the information of a standard normal prior (σ0 = 1), so
 * that the error is finite from the first answer and 1 before any. The test ends when the bank's maximum of answers
 * is reached, or when the error is at most the bank's target once it has its minimum of answers.
 */
final class ItemBankStop {

    /** Variance of the prior on the ability (logits²): the standard normal. */
    static final double PRIOR_VARIANCE = 1.0;

    private ItemBankStop() {}

    /**
     * Where a learner stands in a bank.
     *
     * @param answered how many of its items they answered
     * @param standardError the standard error of their ability estimate now
     * @param end why the test ended ({@link ReasonCode#ITEM_BANK_PRECISE} or {@link ReasonCode#ITEM_BANK_MAX_ITEMS}),
     *     or {@code null} while it goes on
     */
    record Status(int answered, double standardError, ReasonCode end) {
        boolean ended() {
            return end != null;
        }
    }

    /** The standard error of an ability estimate given the answered items' Fisher information at that estimate. */
    static double standardError(double... informations) {
        double total = 1 / PRIOR_VARIANCE;
        for (double i : informations) {
            total += i;
        }
        return 1 / Math.sqrt(total);
    }

    /** Why a test with this many answers and this error ends, or {@code null} while it goes on. */
    static ReasonCode end(ItemBank bank, int answered, double standardError) {
        if (answered >= bank.minItems() && standardError <= bank.targetStandardError()) {
            return ReasonCode.ITEM_BANK_PRECISE;
        }
        return answered >= bank.maxItems() ? ReasonCode.ITEM_BANK_MAX_ITEMS : null;
    }

    static Status status(LearnerView v, ItemBank bank) {
        double[] informations = bank.itemIds().stream()
                .filter(i -> v.progress().of(i).attempted())
                .mapToDouble(i -> AdaptiveItemSelector.information(
                        v, v.content().module(i).orElseThrow(), bank))
                .toArray();
        double se = standardError(informations);
        return new Status(informations.length, se, end(bank, informations.length, se));
    }

    /** The decision recording why a finished test ended (shown with the done step). */
    static Decision ended(LearnerView v, ItemBank bank, Status s) {
        Map<String, String> p = v.stepParams(bank.id());
        p.put("bankTitle", bank.title());
        p.put("competencyNames", bank.competencies().isEmpty() ? bank.title() : v.competencyNames(bank.competencies()));
        p.put("answered", Integer.toString(s.answered()));
        p.put("standardError", LearnerView.number(s.standardError()));
        p.put("targetStandardError", LearnerView.number(bank.targetStandardError()));
        p.put("maxItems", Integer.toString(bank.maxItems()));
        return v.decide(bank.id(), s.end(), p);
    }
}
