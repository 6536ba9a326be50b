// Idiom: static abstract interface member `TAxis.Offset(...)` (C# 11+) resolved through a generic struct argument.
// Use: a gated classifier over a sample-major flat buffer.
// Layout: flat float[samples * classes] addressed through SampleMajor.Offset (s * classes + k); softmax per sample.
// Bug: LG0004 — the peaks are per class, folded over the samples; the sum is per sample over the classes.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.StaticAbstract_ClassAxisPeaks;

public interface IClassAxis
{
    static abstract int Offset(int sample, int cls, int samples, int classes);
}

public readonly struct SampleMajor : IClassAxis
{
    public static int Offset(int sample, int cls, int samples, int classes) => sample * classes + cls;
}

public static class GatedSoftmax
{
    public static float[] Run(float[] z, int samples, int classes) => Run<SampleMajor>(z, samples, classes);

    public static float[] Run<TAxis>(float[] z, int samples, int classes)
        where TAxis : IClassAxis
    {
        var peak = new float[classes];
        Array.Fill(peak, float.NegativeInfinity);
        for (int s = 0; s < samples; s++)
        {
            for (int k = 0; k < classes; k++)
                peak[k] = MathF.Max(peak[k], z[TAxis.Offset(s, k, samples, classes)]); //~ LG0004
        }

        var y = new float[z.Length];
        for (int s = 0; s < samples; s++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                int at = TAxis.Offset(s, k, samples, classes);
                sum += y[at] = MathF.Exp(z[at] - peak[k]);
            }

            for (int k = 0; k < classes; k++) y[TAxis.Offset(s, k, samples, classes)] /= sum;
        }

        return y;
    }
}
