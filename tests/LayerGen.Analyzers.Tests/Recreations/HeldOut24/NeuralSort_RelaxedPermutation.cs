// Source: NeuralSort continuous relaxation of sorting (Grover et al. 2019): row i of the relaxed permutation matrix is
// softmax_j(((n + 1 - 2i) s_j - sum_k |s_j - s_k|) / tau), i = 1..n.
// Layout: jagged double[n][n] rows, a static local function normalises each row in place.
// Correct.
using System;

namespace HeldOut24.NeuralSort;

/// <summary>The NeuralSort relaxed (unimodal row-stochastic) permutation matrix.</summary>
public static class RelaxedSort
{
    /// <summary>The relaxed sorting permutation of <paramref name="scores"/> at temperature <paramref name="tau"/>.</summary>
    public static double[][] Permutation(double[] scores, double tau)
    {
        int n = scores.Length;
        var absoluteRowSums = new double[n];
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < n; k++)
            {
                absoluteRowSums[j] += Math.Abs(scores[j] - scores[k]);
            }
        }

        var rows = new double[n][];
        for (int i = 0; i < n; i++)
        {
            double factor = n + 1 - 2 * (i + 1);
            var row = new double[n];
            for (int j = 0; j < n; j++)
            {
                row[j] = (factor * scores[j] - absoluteRowSums[j]) / tau;
            }

            SoftmaxInPlace(row);
            rows[i] = row;
        }

        return rows;

        static void SoftmaxInPlace(double[] values)
        {
            double top = values[0];
            for (int j = 1; j < values.Length; j++)
            {
                top = Math.Max(top, values[j]);
            }

            double total = 0;
            for (int j = 0; j < values.Length; j++)
            {
                values[j] = Math.Exp(values[j] - top);
                total += values[j];
            }

            for (int j = 0; j < values.Length; j++)
            {
                values[j] /= total;
            }
        }
    }
}
