// HeldOut58 — MATLAB "E = exp(Z); P = E ./ sum(E, 1);" (no max subtracted) on a [classes, samples] activation,
// ported with a rectangular array and column sums kept in a keepdims-like array. Our own code.
// Layout: double[,] column layout [classes, samples]; softmax per column.
// Bug: LG0003 — exp of the raw logits feeds the per-column normalisation (Inf/NaN above ~709).
using System;

namespace HeldOut58.Vectorised_MatlabRawExpColumns;

public static class MatlabPort
{
    public static double[,] Softmax(double[,] z)
    {
        int k = z.GetLength(0);
        int n = z.GetLength(1);
        var e = new double[k, n];
        var colSum = new double[n];
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < k; i++)
            {
                e[i, j] = Math.Exp(z[i, j]); //~ LG0003
                colSum[j] += e[i, j];
            }
        }

        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < k; i++)
            {
                e[i, j] /= colSum[j];
            }
        }

        return e;
    }
}
