// Idiom: additive mask of 0 / float.NegativeInfinity added to the scores; masked cells skipped with `continue`.
// Use: per-sequence softmax over a padded batch with a precomputed additive mask.
// Layout: flat float[batch * T] row-major scores and additive mask.
// Bug (LG0004): the peak of time step t is a LINQ max over the batch axis; the sum of a sequence runs over time.
// Our own code.
using System;
using System.Linq;

namespace HeldOut84.AdditiveMask_StepPeakOverBatch;

public static class AdditiveFlat
{
    public static float[] Softmax(float[] x, float[] additive, int batch, int T)
    {
        float[] stepPeak = Enumerable.Range(0, T)
            .Select(t => Enumerable.Range(0, batch).Max(b => x[b * T + t] + additive[b * T + t])) //~ LG0004
            .ToArray();

        var y = new float[x.Length];
        for (int b = 0; b < batch; b++)
        {
            int o = b * T;
            float sum = 0f;
            for (int t = 0; t < T; t++)
            {
                if (float.IsNegativeInfinity(additive[o + t])) continue;
                y[o + t] = MathF.Exp(x[o + t] + additive[o + t] - stepPeak[t]);
                sum += y[o + t];
            }
            for (int t = 0; t < T; t++) y[o + t] /= sum;
        }
        return y;
    }
}
