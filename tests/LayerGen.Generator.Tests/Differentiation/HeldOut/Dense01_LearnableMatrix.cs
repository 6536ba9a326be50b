// A small dense layer 5 → 3 with a learnable row-major matrix W[j, i] = w[j * 5 + i], a bias and `var` sums.
// Re-creates: torch.nn.Linear(5, 3) forward y = W x + b for one sample.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(5, 3)]
public partial class DenseLearnableMatrix
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(15, StandardDeviation = 0.3)] ReadOnlySpan<double> w, [Learnable(3)] ReadOnlySpan<double> b)
    {
        for (var j = 0; j < y.Length; j++)
        {
            var sum = b[j];
            for (var i = 0; i < x.Length; i++)
            {
                sum += w[j * x.Length + i] * x[i];
            }
            y[j] = sum;
        }
    }
}
