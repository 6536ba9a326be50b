// Source: IBM Model 1 E-step (Brown et al. 1993; nltk `IBMModel1`, GIZA++) in log space: for every target word f_i,
// the alignment posterior over the source words e_j is t(f_i | e_j) / Σ_j' t(f_i | e_j'), computed as a softmax of
// log t. Layout: Dictionary<(string Target, string Source), double> log lexical table, a sentence pair of string
// arrays, jagged output [target][source]; the shift is the best log t of the target word.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public static class IbmModel1_AlignmentPosterior
{
    public static double[][] Posterior(IReadOnlyDictionary<(string Target, string Source), double> logT, string[] target, string[] source)
    {
        var posterior = new double[target.Length][];
        for (int i = 0; i < target.Length; i++)
        {
            var row = new double[source.Length];
            double best = double.NegativeInfinity;
            for (int j = 0; j < source.Length; j++)
            {
                row[j] = logT.TryGetValue((target[i], source[j]), out double lt) ? lt : double.NegativeInfinity;
                best = Math.Max(best, row[j]);
            }

            if (double.IsNegativeInfinity(best))
            {
                Array.Fill(row, 1.0 / source.Length);
                posterior[i] = row;
                continue;
            }

            double z = 0.0;
            for (int j = 0; j < source.Length; j++)
            {
                row[j] = Math.Exp(row[j] - best);
                z += row[j];
            }

            for (int j = 0; j < source.Length; j++)
            {
                row[j] /= z;
            }

            posterior[i] = row;
        }

        return posterior;
    }
}
