// Idiom: SoftSort relaxed permutation from a List<double> of scores, rows filled with foreach over the scores,
// C-style declarations (the normaliser `total` declared with the loop counters at the top).
// Use: differentiable ranking. Layout: List<double> scores, double[n, n] output. Our own code.
// Bug LG0002: `total` is zeroed once above the row loop and never reset, so row i is divided by the sum of rows 0..i.
using System;
using System.Collections.Generic;

namespace HeldOut65.SoftSort_ListTotalNotReset;

public static class SoftPermutation
{
    public static double[,] Relaxed(List<double> scores, double tau)
    {
        int n = scores.Count, i, j;
        double total = 0.0;
        var sorted = new List<double>(scores);
        sorted.Sort((a, b) => b.CompareTo(a));
        var p = new double[n, n];
        for (i = 0; i < n; i++)
        {
            double rowMax = double.NegativeInfinity;
            j = 0;
            foreach (double s in scores)
            {
                p[i, j] = -Math.Abs(sorted[i] - s) / tau;
                if (p[i, j] > rowMax) rowMax = p[i, j];
                j++;
            }

            for (j = 0; j < n; j++)
            {
                p[i, j] = Math.Exp(p[i, j] - rowMax);
                total += p[i, j]; //~ LG0002
            }

            for (j = 0; j < n; j++)
            {
                p[i, j] /= total;
            }
        }

        return p;
    }
}
