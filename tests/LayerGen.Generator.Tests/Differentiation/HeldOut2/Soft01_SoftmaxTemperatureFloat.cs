// Softmax with temperature T = 0.5 (distillation-style), float, max subtracted before exp.
// Re-creates: Hinton et al.'s softened softmax exp(z_i / T) / sum_j exp(z_j / T) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(10)]
public partial class SoftmaxTemperatureFloat
{
    const float Temperature = 0.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
            if (x[i] > max) max = x[i];

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp((x[i] - max) / Temperature);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++)
            y[i] /= sum;
    }
}
