// Idiom: attention over log lines per incident, the dot-product scores kept as a jagged table (one row per incident,
// one cell per candidate log line), double precision for the ranking service.
// Layout: double[][] scores[incident][line], scaled by 1/sqrt(dim).
// Bug (LG0003): exp of the scaled scores with no max subtracted; a confident match (score/sqrt(dim) > 709) overflows.
// Style inspired by log-anomaly attention models; our own C#.
using System;

namespace HeldOut56.LogAttention_JaggedRawExp;

public static class IncidentLogRanker
{
    public static double[][] AttentionWeights(double[][] scores, int dim)
    {
        double invSqrt = 1.0 / Math.Sqrt(dim);
        var weights = new double[scores.Length][];
        for (int i = 0; i < scores.Length; i++)
        {
            double[] row = scores[i];
            var w = new double[row.Length];
            double z = 0.0;
            for (int l = 0; l < row.Length; l++)
            {
                w[l] = Math.Exp(row[l] * invSqrt); //~ LG0003
                z += w[l];
            }

            for (int l = 0; l < w.Length; l++)
            {
                w[l] /= z;
            }

            weights[i] = w;
        }

        return weights;
    }
}
