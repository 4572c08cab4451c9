package org.pathwise.learning.model;

import java.util.List;
import java.util.Map;

/**
 * One answer as the fitter sees it: the shared features in the first columns, then each skill's own inputs in that
 * skill's block of columns.
 *
 * @param columns column index of each value
 * @param values the inputs
 */
record SparseRow(int[] columns, double[] values) {

    static SparseRow of(double[] shared, List<String> skills, double[][] skillInputs, Map<String, Integer> blocks) {
        int size = shared.length + SkillWeights.SIZE * skills.size();
        int[] columns = new int[size];
        double[] values = new double[size];
        for (int i = 0; i < shared.length; i++) {
            columns[i] = i;
            values[i] = shared[i];
        }
        int at = shared.length;
        for (int s = 0; s < skills.size(); s++) {
            int block = blocks.get(skills.get(s));
            for (int j = 0; j < SkillWeights.SIZE; j++) {
                columns[at] = block + j;
                values[at++] = skillInputs[s][j];
            }
        }
        return new SparseRow(columns, values);
    }
}
