// HeldOut58 — a C helper "void row_stats(const float *x, int n, float *e, float *max, float *sum)" returning its two
// results through pointers, ported with `out` parameters over span slices, and a driver over a flat batch that
// divides each row by its own sum. Our own code.
// Layout: float[] flat row-major [batch, classes], AsSpan(r * classes, classes) per row.
// Correct.
using System;

namespace HeldOut58.RefOut_RowStats;

public static class CPort
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        for (int r = 0; r < batch; r++)
        {
            Span<float> yr = y.AsSpan(r * classes, classes);
            RowStats(x.AsSpan(r * classes, classes), yr, out _, out float sum);
            float inv = 1f / sum;
            for (int c = 0; c < yr.Length; c++)
            {
                yr[c] *= inv;
            }
        }
    }

    private static void RowStats(ReadOnlySpan<float> x, Span<float> e, out float max, out float sum)
    {
        max = float.NegativeInfinity;
        foreach (float v in x)
        {
            if (v > max)
            {
                max = v;
            }
        }

        sum = 0f;
        for (int c = 0; c < x.Length; c++)
        {
            e[c] = MathF.Exp(x[c] - max);
            sum += e[c];
        }
    }
}
