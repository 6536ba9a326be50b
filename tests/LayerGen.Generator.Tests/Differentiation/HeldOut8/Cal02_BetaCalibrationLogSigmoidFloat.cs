// Beta calibration of six classifier logits: s = σ(z), logit q = c + a ln s − b ln(1 − s), output σ(q); ln s and
// ln(1 − s) through a log-sigmoid helper that calls a stable softplus helper; learnable a, b (start at 1) and c.
// Shape of: Kull, Silva Filho & Flach 2017 ("Beta calibration"), the betacal package's map (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class BetaCalibrationLogSigmoidFloat
{
    static float Softplus(float v) => MathF.Max(v, 0.0f) + MathF.Log(1.0f + MathF.Exp(-MathF.Abs(v)));

    static float LogSigmoid(float v) => -Softplus(-v);

    static float Sigmoid(float v) => v >= 0.0f ? 1.0f / (1.0f + MathF.Exp(-v)) : MathF.Exp(v) / (1.0f + MathF.Exp(v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 1)] ReadOnlySpan<float> a,
        [Learnable(1, Initial = 1)] ReadOnlySpan<float> b,
        [Learnable(1)] ReadOnlySpan<float> c)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float logS = LogSigmoid(x[i]);
            float logOneMinusS = LogSigmoid(-x[i]);
            y[i] = Sigmoid(c[0] + a[0] * logS - b[0] * logOneMinusS);
        }
    }
}
