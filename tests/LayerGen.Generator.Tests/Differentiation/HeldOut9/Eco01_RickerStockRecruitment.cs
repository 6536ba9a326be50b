// Fisheries / population dynamics: the Ricker stock–recruitment map N ← N exp(r (1 − N/K)) iterated five times for each
// of six stocks whose starting size is K·e^(0.5 tanh(x)); learnable log r and log K; foreach over the row, y[k++].
// Shape: Ricker (1954) as in a fisheries-science R practical, ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6)]
public partial class RickerStockRecruitment
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 0.2)] ReadOnlySpan<double> logGrowth,
        [Learnable(1, Initial = 2)] ReadOnlySpan<double> logCapacity)
    {
        double r = Math.Exp(logGrowth[0]);
        double capacity = Math.Exp(logCapacity[0]);
        int k = 0;
        foreach (double v in x)
        {
            double n = capacity * Math.Exp(0.5 * Math.Tanh(v));
            for (int year = 0; year < 5; year++)
                n *= Math.Exp(r * (1 - n / capacity));
            y[k++] = n / capacity;
        }
    }
}
