// Idiom: slice pattern `[var len, .. var tail]` reading a length-prefixed row, then `tail[..n]` and `tail[n..]`
// Use: ragged candidate lists packed into one buffer (each row preceded by its length), one softmax per row
// Layout: float[] packed as [n0, x0_0 .. x0_{n0-1}, n1, x1_0 ..]; output in the same packing
// Correct
// Our own code
using System;

namespace HeldOut86.PackedRagged_LengthPrefixRows;

public static class PackedSoftmax
{
    public static float[] Forward(float[] packed)
    {
        var y = new float[packed.Length];
        ReadOnlySpan<float> rest = packed;
        int at = 0;
        while (rest is [var len, .. var tail])
        {
            int n = (int)len;
            y[at] = len;
            ReadOnlySpan<float> row = tail[..n];
            Span<float> dst = y.AsSpan(at + 1, n);

            float m = float.NegativeInfinity;
            foreach (float v in row)
            {
                m = MathF.Max(m, v);
            }

            float z = 0f;
            for (int i = 0; i < n; i++)
            {
                dst[i] = MathF.Exp(row[i] - m);
                z += dst[i];
            }

            for (int i = 0; i < n; i++)
            {
                dst[i] /= z;
            }

            rest = tail[n..];
            at += 1 + n;
        }

        return y;
    }
}
