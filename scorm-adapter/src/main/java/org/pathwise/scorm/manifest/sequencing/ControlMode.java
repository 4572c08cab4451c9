package org.pathwise.scorm.manifest.sequencing;

/** {@code imsss:controlMode}; defaults as in IMS SS: choice, choiceExit and both useCurrent flags true, others false. */
public record ControlMode(
        boolean choice,
        boolean choiceExit,
        boolean flow,
        boolean forwardOnly,
        boolean useCurrentAttemptObjectiveInfo,
        boolean useCurrentAttemptProgressInfo) {

    public static final ControlMode DEFAULT = new ControlMode(true, true, false, false, true, true);
}
