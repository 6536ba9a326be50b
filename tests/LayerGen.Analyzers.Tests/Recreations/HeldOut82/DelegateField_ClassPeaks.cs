// Idiom: `static readonly Func<float, float, float> Larger = MathF.Max` and `Func<float, float> Exp = MathF.Exp`
// fields; maxima and sums kept in arrays.
// Use: per-sample probabilities of a class-major flat buffer.
// Layout: flat float[classes * batch], class-major: sample b's class c at `c * batch + b`; softmax per sample b.
// Bug (LG0004): `peak[c]` is folded per class over the samples, while `norm[b]` sums per sample over the classes:
// max and sum run over different axes.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.DelegateField_ClassPeaks;

public static class ClassMajor
{
    private static readonly Func<float, float, float> Larger = MathF.Max;
    private static readonly Func<float, float> Exp = MathF.Exp;

    public static float[] Softmax(float[] z, int classes, int batch)
    {
        var peak = new float[classes];
        var norm = new float[batch];
        var p = new float[z.Length];
        for (int c = 0; c < classes; c++)
        {
            peak[c] = float.NegativeInfinity;
            for (int b = 0; b < batch; b++) peak[c] = Larger(peak[c], z[c * batch + b]); //~ LG0004
        }

        for (int c = 0; c < classes; c++)
            for (int b = 0; b < batch; b++)
                norm[b] += p[c * batch + b] = Exp(z[c * batch + b] - peak[c]);
        for (int i = 0; i < p.Length; i++) p[i] /= norm[i % batch];
        return p;
    }
}
