/** The learner model: knowledge tracing, Elo ability and difficulty, forgetting and the combined predictor, as a pure library. */
package org.pathwise.learning.model;
