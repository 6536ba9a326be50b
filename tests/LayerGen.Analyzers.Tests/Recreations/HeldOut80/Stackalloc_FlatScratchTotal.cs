// Idiom: stackalloc scratch for every exp of the batch, then one foreach over the scratch for the normaliser.
// Use: small-batch softmax in a game AI policy head, avoiding heap allocation.
// Layout: double[] [rows * n] row-major in, double[] out; scratch Span<double> of the whole length.
// Bug: LG0002 — the maxima are per row, but the normaliser is the sum over the whole scratch (every row), a flattened batch.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.Stackalloc_FlatScratchTotal;

public static class PolicyHead
{
    public static double[] Softmax(double[] x, int n)
    {
        Span<double> e = x.Length <= 256 ? stackalloc double[x.Length] : new double[x.Length];
        for (int r = 0; r < x.Length / n; r++)
        {
            double hi = double.NegativeInfinity;
            for (int j = r * n; j < (r + 1) * n; j++)
            {
                hi = x[j] > hi ? x[j] : hi;
            }

            for (int j = r * n; j < (r + 1) * n; j++)
            {
                e[j] = Math.Exp(x[j] - hi);
            }
        }

        double z = 0;
        foreach (double v in e) z += v; //~ LG0002
        var y = new double[x.Length];
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = e[i] / z;
        }

        return y;
    }
}
