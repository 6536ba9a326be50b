// A log-sum-exp pooling that validates its row first and throws on NaN, the defensive C# habit. docs/custom-layers.md
// supports IsNaN guards as comparisons and an early `return`, but no `throw` statement.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 1)]
public partial class NanGuardThrowArgumentException
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
        if (double.IsNaN(max)) throw new ArgumentException("the row contains NaN", nameof(x)); //~ LG11
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);
        y[0] = max + Math.Log(sum);
    }
}
