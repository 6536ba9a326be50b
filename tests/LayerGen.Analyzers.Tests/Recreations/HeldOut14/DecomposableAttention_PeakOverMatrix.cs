// Source: decomposable attention for NLI, "Attend" step (Parikh et al. 2016; AllenNLP `DecomposableAttention`).
// Layout: jagged double[la][lb]; the shift is one LINQ maximum over the whole alignment matrix, then each premise
// token's row is normalised over the hypothesis.
// Bug LG0001: the maximum spans every premise row, not the hypothesis axis of one row.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class DecomposableAttention_PeakOverMatrix
{
    public static double[][] AttendToHypothesis(double[][] e)
    {
        double stabiliser = e.Max(row => row.Max()); //~ LG0001
        var beta = new double[e.Length][];
        for (int i = 0; i < e.Length; i++)
        {
            double[] w = e[i].Select(v => Math.Exp(v - stabiliser)).ToArray();
            double z = w.Sum();
            for (int j = 0; j < w.Length; j++)
                w[j] /= z;
            beta[i] = w;
        }
        return beta;
    }
}
