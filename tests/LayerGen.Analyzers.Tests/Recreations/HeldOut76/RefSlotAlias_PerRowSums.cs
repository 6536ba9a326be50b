// Idiom: a ref local aliasing a per-row slot, `ref float s = ref rowSums[r]`, accumulated as
// `s += y[o + j] = MathF.Exp(...)` (the output written through an assignment and re-read); `rowSums` kept for the caller.
// Use: batch softmax that also returns each row's partition value. Layout: flat float[batch * classes], row-major.
// Correct: the alias is re-bound (and zeroed) for every row; the max is per row.
// Our own code.
using System;

namespace HeldOut76.RefSlotAlias_PerRowSums;

public static class SlotSums
{
    public static float[] Softmax(float[] x, float[] y, int classes)
    {
        int batch = x.Length / classes;
        var rowSums = new float[batch];
        for (int r = 0; r < batch; r++)
        {
            int o = r * classes;
            float max = float.NegativeInfinity;
            for (int j = 0; j < classes; j++)
            {
                max = MathF.Max(max, x[o + j]);
            }

            ref float s = ref rowSums[r];
            s = 0f;
            for (int j = 0; j < classes; j++)
            {
                s += y[o + j] = MathF.Exp(x[o + j] - max);
            }

            for (int j = 0; j < classes; j++)
            {
                y[o + j] /= rowSums[r];
            }
        }

        return rowSums;
    }
}
