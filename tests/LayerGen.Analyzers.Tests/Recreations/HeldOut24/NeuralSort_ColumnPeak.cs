// Source: NeuralSort (Grover et al. 2019), relaxed permutation matrix P[i, j] = softmax_j(C[i, j] / tau) with
// C[i, j] = (n + 1 - 2i) s_j - sum_k |s_j - s_k|.
// Layout: row-major double[n, n] logits built first; peaks gathered per column into a double[n]; then row sums.
// Bug: LG0004, the peak of column j is taken down the rows i, while each row's sum runs across its columns j.
using System;

namespace HeldOut24.NeuralSortColumns;

/// <summary>NeuralSort with a column-peak table.</summary>
public static class RelaxedSortMatrix
{
    /// <summary>The relaxed sorting permutation [n, n] of <paramref name="scores"/>.</summary>
    public static double[,] Permutation(double[] scores, double tau)
    {
        int n = scores.Length;
        var logits = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            double spread = 0;
            for (int k = 0; k < n; k++)
            {
                spread += Math.Abs(scores[j] - scores[k]);
            }

            for (int i = 0; i < n; i++)
            {
                logits[i, j] = ((n - 1 - 2 * i) * scores[j] - spread) / tau;
            }
        }

        var columnPeak = new double[n];
        for (int j = 0; j < n; j++)
        {
            columnPeak[j] = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                columnPeak[j] = Math.Max(columnPeak[j], logits[i, j]); //~ LG0004
            }
        }

        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            double rowSum = 0;
            for (int j = 0; j < n; j++)
            {
                p[i, j] = Math.Exp(logits[i, j] - columnPeak[j]);
                rowSum += p[i, j];
            }

            for (int j = 0; j < n; j++)
            {
                p[i, j] /= rowSum;
            }
        }

        return p;
    }
}
