// scipy.integrate.cumulative_trapezoid(x, dx=h, initial=0) over a row with a learnable step h = exp(logStep),
// the running integral read back from y; the last output is the mean value ∫/(b − a), written with x[0] and x[^1]
// as the end-point correction of the trapezoid rule.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8, 9)]
public partial class CumulativeTrapezoidLearnableStep
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = -1)] ReadOnlySpan<double> logStep)
    {
        double h = Math.Exp(logStep[0]);
        int n = x.Length;
        y[0] = 0;
        for (int i = 1; i < n; i++) y[i] = y[i - 1] + 0.5 * h * (x[i - 1] + x[i]);

        double sum = 0;
        foreach (double v in x) sum += v;
        double integral = h * (sum - 0.5 * (x[0] + x[^1]));
        y[^1] = integral / (h * (n - 1));
    }
}
