// RMSNorm in float, llama style: ss = Σx², ss /= n, ss += eps, ss = 1 / sqrt(ss) (reassigning one local), weight.
// Re-creates: llama2.c rmsnorm(o, x, weight, size) and the cieft rmsnorm_f32 kernel found by search.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(16)]
public partial class RmsNormFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(16, Initial = 1)] ReadOnlySpan<float> weight)
    {
        float ss = 0.0f;
        for (int j = 0; j < x.Length; j++)
        {
            ss += x[j] * x[j];
        }
        ss /= x.Length;
        ss += 1e-5f;
        ss = 1.0f / (float)Math.Sqrt(ss);
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = weight[j] * (ss * x[j]);
        }
    }
}
