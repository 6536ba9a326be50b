// Huber loss per element with a learnable threshold δ (kept positive through softplus), the way a user adapts
// torch.nn.HuberLoss(delta) to learn δ: the row is predictions | targets, the output the per-element loss.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12, 6)]
public partial class HuberLearnableDelta
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> rawDelta)
    {
        double delta = Math.Log(1 + Math.Exp(rawDelta[0]));
        int n = y.Length;
        for (int i = 0; i < n; i++)
        {
            double d = x[i] - x[n + i];
            double a = Math.Abs(d);
            y[i] = a <= delta ? 0.5 * d * d : delta * (a - 0.5 * delta);
        }
    }
}
