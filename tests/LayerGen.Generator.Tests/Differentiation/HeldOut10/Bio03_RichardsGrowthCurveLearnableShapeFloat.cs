// expect: gradient
// Population biology: the Richards (generalised logistic) growth curve N(t) = K / (1 + ν e^(−r(t − t₀)))^(1/ν) at
// times read from the row (0.5 + softplus), with learnable log K, log r, t₀ and log ν; ν → 1 is the logistic, as a
// growth-curve fitting package parametrises it. float.Log/float.Exp generic-math statics.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class RichardsGrowthCurveLearnableShapeFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 2.0f)] ReadOnlySpan<float> logCapacity,
                           [Learnable(1, Initial = -0.5f)] ReadOnlySpan<float> logRate,
                           [Learnable(1, Initial = 3.0f)] ReadOnlySpan<float> midpoint,
                           [Learnable(1)] ReadOnlySpan<float> logShape)
    {
        float k = float.Exp(logCapacity[0]);
        float r = float.Exp(logRate[0]);
        float nu = float.Exp(logShape[0]);
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            float t = 0.5f + (v > 15.0f ? v : float.Log(1.0f + float.Exp(v)));
            float core = 1.0f + nu * float.Exp(-r * (t - midpoint[0]));
            y[i] = k * float.Exp(-float.Log(core) / nu);
        }
    }
}
