// Numerically stable softplus: max(v, 0) + log(1 + exp(-|v|)), with Math.Max(v, 0) and Math.Abs; fine at ±1000.
// Re-creates: the stable form PyTorch's softplus documentation gives, no particular repository.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class SoftplusStable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));
        }
    }
}
