// Re-creates: KelpNet Softmax.SingleInputForward (batched): one pass fills a per-sample max array, a second pass
// exponentiates and fills a per-sample sum array, a flat third pass divides by sums[i / n].
// Layout: flat [batch, n] row-major; softmax axis = n. float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.KelpNetBatchMaxArray;

public static class Softmax
{
    public static float[] Forward(float[] x, int batch)
    {
        int n = x.Length / batch;
        var maxes = new float[batch];
        var sums = new float[batch];
        var y = new float[x.Length];

        for (int b = 0; b < batch; b++)
        {
            maxes[b] = x[b * n];
            for (int i = 1; i < n; i++)
            {
                if (maxes[b] < x[b * n + i])
                {
                    maxes[b] = x[b * n + i];
                }
            }
        }

        for (int b = 0; b < batch; b++)
        {
            for (int i = 0; i < n; i++)
            {
                y[b * n + i] = MathF.Exp(x[b * n + i] - maxes[b]);
                sums[b] += y[b * n + i];
            }
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sums[i / n];
        }

        return y;
    }
}
