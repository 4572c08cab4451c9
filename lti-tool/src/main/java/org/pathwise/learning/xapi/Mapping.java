package org.pathwise.learning.xapi;

import java.util.Optional;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.sequencing.ProgressEvent;

/**
 * What one statement means for the learner model and for progress.
 *
 * @param statementId the statement's id, or {@code null} if it has none
 * @param kind which of the outcomes below applies
 * @param observation evidence for the learner model, or {@code null}
 * @param progress progress on a module, or {@code null}
 * @param voidedStatementId for a voiding statement, the statement it voids
 * @param note why a statement is ignored or carries no evidence (for logs), or {@code null}
 */
public record Mapping(
        String statementId,
        Kind kind,
        Observation observation,
        ProgressEvent progress,
        String voidedStatementId,
        String note) {

    /** The outcomes of mapping a statement. */
    public enum Kind {
        /** Evidence for the learner model (and usually progress too). */
        EVIDENCE,
        /** Progress or activity on a module, no evidence. */
        PROGRESS,
        /** A voiding statement: the voided one must be ignored. */
        VOIDING,
        /** Nothing to learn from it. */
        IGNORED
    }

    public Optional<Observation> observationIfAny() {
        return Optional.ofNullable(observation);
    }

    public Optional<ProgressEvent> progressIfAny() {
        return Optional.ofNullable(progress);
    }

    static Mapping ignored(String statementId, String note) {
        return new Mapping(statementId, Kind.IGNORED, null, null, null, note);
    }
}
