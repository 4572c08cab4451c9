package org.pathwise.scorm.manifest.sequencing;

/** {@code imsss:deliveryControls}; defaults tracked=true, both setByContent flags false. */
public record DeliveryControls(boolean tracked, boolean completionSetByContent, boolean objectiveSetByContent) {

    public static final DeliveryControls DEFAULT = new DeliveryControls(true, false, false);
}
