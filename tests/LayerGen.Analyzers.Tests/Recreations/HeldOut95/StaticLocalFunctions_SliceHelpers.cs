// Idiom: static local functions (C# 8, common in C# 12 code) Peak/ExpShift given one row slice each.
// Use: batched softmax kernel over a flat activation buffer.
// Layout: flat float[batch * classes], row-major; rows as ReadOnlySpan/Span slices.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.StaticLocalFunctions_SliceHelpers;

public static class SliceKernel
{
    public static void Forward(float[] x, float[] y, int classes)
    {
        for (int r = 0; r < x.Length / classes; r++)
        {
            ReadOnlySpan<float> src = x.AsSpan(r * classes, classes);
            Span<float> dst = y.AsSpan(r * classes, classes);
            float total = ExpShift(src, dst, Peak(src));
            for (int j = 0; j < dst.Length; j++)
                dst[j] /= total;
        }

        static float Peak(ReadOnlySpan<float> s)
        {
            float m = float.NegativeInfinity;
            foreach (float v in s)
                m = MathF.Max(m, v);
            return m;
        }

        static float ExpShift(ReadOnlySpan<float> s, Span<float> d, float m)
        {
            float acc = 0f;
            for (int j = 0; j < s.Length; j++)
                acc += d[j] = MathF.Exp(s[j] - m);
            return acc;
        }
    }
}
