// ISRLU, the inverse square root linear unit (Carlile et al. 2017): x ≥ 0: x; x < 0: x/√(1 + αx²), with α = exp(a)
// learnable (starting at α = 1); the branch is an if/else on the input's sign.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class IsrluLearnableAlphaFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> logAlpha)
    {
        float alpha = MathF.Exp(logAlpha[0]);
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            if (v >= 0f)
                y[i] = v;
            else
                y[i] = v / MathF.Sqrt(1f + alpha * v * v);
        }
    }
}
