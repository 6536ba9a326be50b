// Idiom: a port of `prob = np.exp(jll - jll.max(axis=1, keepdims=True)); prob /= prob.sum()` where the port dropped
// `axis=1` (NumPy's `sum()` with no axis is the sum of every element); snake_case, `List<double[]>` of samples.
// Use: class posteriors for a batch of samples. Layout: List<double[]> rows; Math.Exp.
// Bug LG0002: the normaliser sums the exps of the whole batch, not of one sample.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.NaiveBayes_AxisNoneSum;

public sealed class MultinomialNB
{
    public List<double[]> predict_proba(List<double[]> jll)
    {
        var prob = new List<double[]>(jll.Count);
        foreach (double[] row in jll)
        {
            double row_max = double.NegativeInfinity;
            foreach (double v in row) row_max = Math.Max(row_max, v);
            double[] p = new double[row.Length];
            for (int k = 0; k < row.Length; k++) p[k] = Math.Exp(row[k] - row_max);
            prob.Add(p);
        }
        double prob_sum = 0.0;
        foreach (double[] p in prob)
        {
            foreach (double e in p) prob_sum += e; //~ LG0002
        }
        foreach (double[] p in prob)
        {
            for (int k = 0; k < p.Length; k++) p[k] /= prob_sum;
        }
        return prob;
    }
}
