// Mixed pooling (Lee, Gallagher & Tu 2016, "Generalizing pooling functions"): each window of 4 gives
// a·max + (1 − a)·mean with a learnable gate a = σ(g) per window; the maximum is a max itself.
// expect: gradient
// rows: no-ties no-large
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16, 4)]
public partial class MixedMaxAvgPoolLearnableGateFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(4)] ReadOnlySpan<float> gateLogits)
    {
        const int Window = 4;
        for (int w = 0; w < 4; w++)
        {
            float max = x[w * Window], sum = 0f;
            for (int k = 0; k < Window; k++)
            {
                float v = x[w * Window + k];
                if (v > max)
                    max = v;
                sum += v;
            }
            float a = 1f / (1f + MathF.Exp(-gateLogits[w]));
            y[w] = a * max + (1f - a) * sum / Window;
        }
    }
}
