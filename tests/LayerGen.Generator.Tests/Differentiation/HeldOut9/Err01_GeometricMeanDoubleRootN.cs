// Economics: a symmetric Cobb–Douglas aggregate as the geometric mean of softplus inputs, taken with .NET 7's
// double.RootN(product, n) — a generic-math root the differentiable subset does not list (write Math.Pow(p, 1.0 / n)
// or Math.Exp(Σ log / n)).
// Shape: a C# port of numpy's scipy.stats.gmean by someone who just found double.RootN.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 1)]
public partial class GeometricMeanDoubleRootN
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double product = 1;
        for (int i = 0; i < x.Length; i++)
            product *= Math.Max(x[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(x[i]))) + 0.01;
        y[0] = double.RootN(product, x.Length); //~ LG11
    }
}
