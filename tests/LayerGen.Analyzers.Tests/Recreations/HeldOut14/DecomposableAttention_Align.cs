// Source: decomposable attention for NLI, "Attend" step (Parikh et al. 2016; AllenNLP `DecomposableAttention`,
// masked_softmax over e_ij in both directions): beta_i aligns premise token i over the hypothesis, alpha_j aligns
// hypothesis token j over the premise.
// Layout: jagged double[la][lb] unnormalised alignments; both weight sets written jagged ([la][lb] and [lb][la]);
// the per-column peaks of the second direction are kept in a List<double>.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut14;

public static class DecomposableAttention_Align
{
    public static (double[][] PremiseToHypothesis, double[][] HypothesisToPremise) Attend(double[][] e)
    {
        int la = e.Length;
        int lb = e[0].Length;
        var towardsHypothesis = new double[la][];
        for (int i = 0; i < la; i++)
        {
            double[] row = e[i];
            double top = row[0];
            for (int j = 1; j < row.Length; j++)
                top = Math.Max(top, row[j]);
            var w = new double[lb];
            double z = 0.0;
            for (int j = 0; j < lb; j++)
            {
                w[j] = Math.Exp(row[j] - top);
                z += w[j];
            }
            for (int j = 0; j < lb; j++)
                w[j] /= z;
            towardsHypothesis[i] = w;
        }

        var columnTop = new List<double>(lb);
        for (int j = 0; j < lb; j++)
        {
            double m = double.NegativeInfinity;
            for (int i = 0; i < la; i++)
                if (e[i][j] > m) m = e[i][j];
            columnTop.Add(m);
        }

        var towardsPremise = new double[lb][];
        for (int j = 0; j < lb; j++)
        {
            var w = new double[la];
            double z = 0.0;
            for (int i = 0; i < la; i++)
                z += w[i] = Math.Exp(e[i][j] - columnTop[j]);
            for (int i = 0; i < la; i++)
                w[i] /= z;
            towardsPremise[j] = w;
        }
        return (towardsHypothesis, towardsPremise);
    }
}
