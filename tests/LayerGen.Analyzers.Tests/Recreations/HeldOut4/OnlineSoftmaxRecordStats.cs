// Source: online softmax (Milakov & Gimelshein 2018; the running max + rescale at the heart of flash attention) as
// written in C# transformer ports: one pass for (max, denominator), one pass to normalise.
// Layout: row-major [rows, cols] float; statistics in a readonly record struct updated with `with`.
// Correct.
using System;

namespace LayerGen.HeldOut4.OnlineSoftmaxRecordStats;

public readonly record struct RunningStats(float Max, float Denominator)
{
    public static RunningStats Empty => new(float.NegativeInfinity, 0f);
}

public static class OnlineSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            RunningStats stats = RunningStats.Empty;
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                float newMax = MathF.Max(stats.Max, v);
                stats = stats with
                {
                    Max = newMax,
                    Denominator = stats.Denominator * MathF.Exp(stats.Max - newMax) + MathF.Exp(v - newMax),
                };
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - stats.Max) / stats.Denominator;
        }
    }
}
