package org.pathwise.scorm.manifest;

import java.math.BigDecimal;

/**
 * {@code adlcp:completionThreshold} (SCORM 2004). In the 4th Edition the values are attributes; in the 3rd Edition
 * the element's text is the threshold, read here as {@code minProgressMeasure} with {@code completedByMeasure} true.
 *
 * @param completedByMeasure completion is derived from cmi.progress_measure (default false)
 * @param minProgressMeasure the progress measure that counts as completed, 0..1 (default 1.0)
 * @param progressWeight the weight of this activity in progress rollup, 0..1 (default 1.0)
 */
public record CompletionThreshold(
        boolean completedByMeasure, BigDecimal minProgressMeasure, BigDecimal progressWeight) {}
