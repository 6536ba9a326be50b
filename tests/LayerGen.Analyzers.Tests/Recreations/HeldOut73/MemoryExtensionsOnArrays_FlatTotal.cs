// Idiom: MemoryExtensions on a float[] (C# 14 first-class spans): `x.ContainsAnyExcept(-inf)` guards the batch before
// the normalisation; per-row peaks kept in an array.
// Use: masked scores of a flat batch.
// Layout: flat float[batch * classes], row-major, peaks[i / n].
// Bug LG0002: one normaliser accumulated over the whole buffer divides every row.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.MemoryExtensionsOnArrays_FlatTotal;

public static class FlatMasked
{
    public static float[] Softmax(float[] x, int n)
    {
        var y = new float[x.Length];
        if (!x.ContainsAnyExcept(float.NegativeInfinity)) return y;
        var peaks = new float[x.Length / n];
        for (int r = 0; r < peaks.Length; r++)
        {
            peaks[r] = float.NegativeInfinity;
            for (int j = 0; j < n; j++) peaks[r] = MathF.Max(peaks[r], x[r * n + j]);
        }

        float norm = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - peaks[i / n]);
            norm += y[i]; //~ LG0002
        }

        for (int i = 0; i < x.Length; i++) y[i] /= norm;
        return y;
    }
}
