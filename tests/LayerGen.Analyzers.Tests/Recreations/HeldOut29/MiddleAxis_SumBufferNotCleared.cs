// Idiom: softmax along the middle axis of [B, H, T] (over heads for each batch item and time step), per-(b, t) max and
// sum in small buffers of length T allocated once per call. Use: head weights per token. Layout: flat float[B * H * T].
// Bug (LG0002): the peak buffer is refilled for every batch item, but the sums buffer is only zeroed at allocation, so
// sums[t] accumulates over the heads of this and every earlier batch item.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Middle-axis softmax whose sum buffer is not cleared between batch items.</summary>
public static class MiddleAxisSumsCarried
{
    /// <summary>Writes y[b, h, t] = softmax over h of x[b, h, t] (flat row-major).</summary>
    public static void Forward(float[] x, int batch, int heads, int time, float[] y)
    {
        float[] peak = new float[time];
        float[] sums = new float[time];
        for (int b = 0; b < batch; b++)
        {
            int bOffset = b * heads * time;
            for (int t = 0; t < time; t++)
            {
                float m = float.NegativeInfinity;
                for (int h = 0; h < heads; h++) m = MathF.Max(m, x[bOffset + h * time + t]);
                peak[t] = m;
            }

            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < time; t++)
                {
                    int i = bOffset + h * time + t;
                    y[i] = MathF.Exp(x[i] - peak[t]);
                    sums[t] += y[i]; //~ LG0002
                }
            }

            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < time; t++)
                {
                    y[bOffset + h * time + t] /= sums[t];
                }
            }
        }
    }
}
