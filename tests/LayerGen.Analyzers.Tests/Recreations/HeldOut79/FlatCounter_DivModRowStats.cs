// Idiom: one flat counter decomposed with `/` and `%` — `k / cols` is the row, `k % cols == 0` starts a row.
// Use: softmax per row of a flat logit batch, written as three flat passes.
// Layout: flat float[] row-major; per-row hi[] and den[] arrays indexed by `k / cols`; returns a new array.
// Correct: the statistics are indexed by the row (`k / cols`), so each is one row's max and sum.
// Our own code.
using System;

namespace HeldOut79.FlatCounter_DivModRowStats;

public static class FlatPasses
{
    public static float[] Forward(float[] x, int cols)
    {
        int rows = x.Length / cols;
        var hi = new float[rows];
        var den = new float[rows];
        var y = new float[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            int r = k / cols;
            if (k % cols == 0 || x[k] > hi[r]) hi[r] = x[k];
        }
        for (int k = 0; k < x.Length; k++) den[k / cols] += y[k] = MathF.Exp(x[k] - hi[k / cols]);
        for (int k = 0; k < x.Length; k++) y[k] /= den[k / cols];
        return y;
    }
}
