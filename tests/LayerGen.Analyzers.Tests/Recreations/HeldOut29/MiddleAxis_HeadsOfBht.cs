// Idiom: softmax along the middle axis of a [B, H, T] tensor (mixing over heads for each batch item and time step, as in
// talking-heads / head-gating attention), two-pass with the per-(b, t) max and sum in small buffers of length T that
// are refilled for every batch item. Use: head weights per token. Layout: flat row-major double[B * H * T].
// Correct: peak[t] and total[t] fold over h only, reset for every b.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Softmax over the head axis of a [batch, heads, time] buffer.</summary>
public static class MiddleAxisHeads
{
    /// <summary>Writes y[b, h, t] = softmax over h of x[b, h, t] (flat row-major).</summary>
    public static void Forward(double[] x, int batch, int heads, int time, double[] y)
    {
        double[] peak = new double[time];
        double[] total = new double[time];
        for (int b = 0; b < batch; b++)
        {
            int bOffset = b * heads * time;
            peak.AsSpan().Fill(double.NegativeInfinity);
            total.AsSpan().Clear();
            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < time; t++)
                {
                    peak[t] = Math.Max(peak[t], x[bOffset + h * time + t]);
                }
            }

            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < time; t++)
                {
                    int i = bOffset + h * time + t;
                    y[i] = Math.Exp(x[i] - peak[t]);
                    total[t] += y[i];
                }
            }

            for (int h = 0; h < heads; h++)
            {
                for (int t = 0; t < time; t++)
                {
                    y[bOffset + h * time + t] /= total[t];
                }
            }
        }
    }
}
