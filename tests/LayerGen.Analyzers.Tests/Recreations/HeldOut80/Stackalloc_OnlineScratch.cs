// Idiom: a stackalloc scratch row (heap fallback above 128), one-pass online max/normaliser, result copied out with CopyTo.
// Use: a fused softmax for a small classifier head, no allocation on the hot path.
// Layout: ReadOnlySpan<float> [batch * classes] row-major in, Span<float> of the same shape out.
// Label: Correct (online softmax: the exponent is always <= 0; the final exps use the row's max).
// Our own code.
#nullable enable
using System;

namespace HeldOut80.Stackalloc_OnlineScratch;

public static class FusedSoftmax
{
    public static void Run(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        int batch = x.Length / classes;
        Span<float> scratch = classes <= 128 ? stackalloc float[classes] : new float[classes];
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * classes, classes);
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int j = 0; j < classes; j++)
            {
                float v = row[j];
                if (v > m)
                {
                    d = d * MathF.Exp(m - v) + 1f;
                    m = v;
                }
                else
                {
                    d += MathF.Exp(v - m);
                }
            }

            for (int j = 0; j < classes; j++)
            {
                scratch[j] = MathF.Exp(row[j] - m) / d;
            }

            scratch.CopyTo(y.Slice(r * classes, classes));
        }
    }
}
