/** Offline evaluation of the learner model on recorded answers (ASSISTments 2009 format): AUC, RMSE, fit time, throughput. */
package org.pathwise.learning.eval;
