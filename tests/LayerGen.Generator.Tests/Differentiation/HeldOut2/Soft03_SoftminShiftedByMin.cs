// Softmin, softmax(-x), shifted by the row minimum for stability, min found with a ternary.
// Re-creates: torch.nn.Softmin's definition exp(-x_i) / sum_j exp(-x_j) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class SoftminShiftedByMin
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double min = x[0];
        for (int i = 1; i < x.Length; i++)
            min = x[i] < min ? x[i] : min;

        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = Math.Exp(-(x[i] - min));
            y[i] = e;
            total += e;
        }
        for (int i = 0; i < x.Length; i++) y[i] = y[i] / total;
    }
}
