// Idiom: SoftSort relaxed permutation matrix, P[i, j] = softmax_j(-|sorted[i] - s[j]| / tau): row i is a soft one-hot
// of which score lands at rank i. Use: differentiable sorting / ranking losses. Layout: ReadOnlySpan<double> scores,
// flat Span<double> n x n output, one Slice per row. Inspired by Prillo & Eisenschlos, "SoftSort" (softmax over pairwise
// differences). Our own code. Correct: per-row max (always 0 here, still taken), per-row sum.
using System;

namespace HeldOut65.SoftSort_SpanPermutationRows;

public static class SoftSort
{
    public static void Permutation(ReadOnlySpan<double> scores, double tau, Span<double> p)
    {
        int n = scores.Length;
        double[] sorted = scores.ToArray();
        Array.Sort(sorted);
        Array.Reverse(sorted);
        for (int i = 0; i < n; i++)
        {
            Span<double> row = p.Slice(i * n, n);
            double top = double.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                row[j] = -Math.Abs(sorted[i] - scores[j]) / tau;
                top = Math.Max(top, row[j]);
            }

            double z = 0.0;
            for (int j = 0; j < n; j++)
            {
                row[j] = Math.Exp(row[j] - top);
                z += row[j];
            }

            for (int j = 0; j < n; j++)
            {
                row[j] /= z;
            }
        }
    }
}
