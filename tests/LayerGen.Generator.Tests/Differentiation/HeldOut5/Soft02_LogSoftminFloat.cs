// log_softmin(x) = log_softmax(−x) (torch.nn.functional.softmin then log, fused), shifted by the minimum for
// stability: y_i = −(x_i − min) − log Σ exp(−(x_j − min)).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class LogSoftminFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float min = float.PositiveInfinity;
        foreach (float v in x) min = MathF.Min(min, v);
        float sum = 0f;
        foreach (float v in x) sum += MathF.Exp(min - v);
        float logSum = MathF.Log(sum);
        for (int i = 0; i < x.Length; i++) y[i] = min - x[i] - logSum;
    }
}
