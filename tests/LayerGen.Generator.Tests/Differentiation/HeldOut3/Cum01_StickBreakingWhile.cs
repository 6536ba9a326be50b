// expect: gradient
// Stick-breaking weights (Dirichlet-process / "stick-breaking attention"): y[i] = σ(x[i]) · Π_{j<i} (1 - σ(x[j])), a
// cumulative product carried in a counting while loop, the sigmoid written in its overflow-safe two-branch form.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class StickBreaking
{
    static double Sigmoid(double v) => v >= 0 ? 1.0 / (1.0 + Math.Exp(-v)) : Math.Exp(v) / (1.0 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double remaining = 1.0;
        int i = 0;
        while (i < x.Length)
        {
            double fraction = Sigmoid(x[i]);
            y[i] = fraction * remaining;
            remaining *= 1.0 - fraction;
            i++;
        }
    }
}
