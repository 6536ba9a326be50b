// Idiom: strength-reduced running offset (`at += width`) in both the max sweep and the row walk.
// Use: token logits of a batch of sequences, softmax per token row.
// Layout: ReadOnlySpan<float> row-major, width classes per row; returns a new float[].
// Bug: the max sweep was "hoisted" out of the row walk as if loop-invariant, so one peak over every row is subtracted
// from every row (a row far below the batch peak underflows to 0/0).
// Our own code.
using System;

namespace HeldOut79.RunningOffset_PeakHoistedOverRows;

public static class TokenSoftmax
{
    public static float[] Apply(ReadOnlySpan<float> z, int width)
    {
        var outp = new float[z.Length];
        float peak = float.NegativeInfinity;
        for (int at = 0; at < z.Length; at += width)
            for (int k = 0; k < width; k++)
                peak = MathF.Max(peak, z[at + k]); //~ LG0001
        for (int at = 0; at < z.Length; at += width)
        {
            float norm = 0f;
            for (int k = 0; k < width; k++) norm += outp[at + k] = MathF.Exp(z[at + k] - peak);
            for (int k = 0; k < width; k++) outp[at + k] /= norm;
        }
        return outp;
    }
}
