// Idiom: per-row statistics spans prepared with Span.Fill(-inf) and Span.Clear(), filled in separate passes.
// Use: a three-pass softmax (peaks, normalisers, outputs) over a flat batch, as in a vectorisable kernel layout.
// Layout: flat row-major float[batch * classes] in, float[] out; peaks/sums float[batch].
// Label: Correct (peaks[r] and sums[r] each cover row r only).
// Our own code.
#nullable enable
using System;

namespace HeldOut80.FilledStats_PerRowPeaks;

public static class ThreePass
{
    public static float[] Softmax(float[] x, int classes)
    {
        int batch = x.Length / classes;
        Span<float> peaks = new float[batch];
        Span<float> sums = new float[batch];
        peaks.Fill(float.NegativeInfinity);
        sums.Clear();
        for (int i = 0; i < x.Length; i++)
        {
            int r = i / classes;
            peaks[r] = MathF.Max(peaks[r], x[i]);
        }

        for (int i = 0; i < x.Length; i++)
        {
            sums[i / classes] += MathF.Exp(x[i] - peaks[i / classes]);
        }

        var y = new float[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - peaks[i / classes]) / sums[i / classes];
        }

        return y;
    }
}
