// Laplace log-density with learnable location and log-scale (torch.distributions.Laplace.log_prob):
// y = −|x − μ|/b − log(2b), b = exp(β).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class LaplaceLogDensityLearnableScaleFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1)] ReadOnlySpan<float> location, [Learnable(1)] ReadOnlySpan<float> logScale)
    {
        float b = MathF.Exp(logScale[0]);
        float logTwoB = MathF.Log(2f * b);
        for (int i = 0; i < x.Length; i++)
            y[i] = -MathF.Abs(x[i] - location[0]) / b - logTwoB;
    }
}
