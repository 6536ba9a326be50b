// expect: gradient
// rows: no-large
// Soft exponential (Godfrey & Gashler 2015): one learnable α interpolating log, identity and exp; the branch is chosen
// by the sign of the parameter, not of the data: α < 0: -ln(1 - α(x + α)) / α; α = 0: x; α > 0: (e^{αx} - 1)/α + α.
// Starts at α = 0.01 (the α > 0 branch). no-large: once α < 0, 1 - α(x + α) is negative for x near -1000 and the
// forward itself is NaN. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class SoftExponential
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.01)] ReadOnlySpan<double> alpha)
    {
        double a = alpha[0];
        for (int i = 0; i < x.Length; i++)
        {
            if (a < 0)
                y[i] = -Math.Log(1 - a * (x[i] + a)) / a;
            else if (a == 0)
                y[i] = x[i];
            else
                y[i] = (Math.Exp(a * x[i]) - 1) / a + a;
        }
    }
}
