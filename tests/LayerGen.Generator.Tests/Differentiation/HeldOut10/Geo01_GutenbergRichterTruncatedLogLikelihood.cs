// expect: gradient
// Seismology: the doubly truncated Gutenberg–Richter magnitude density (Page 1968, Aki's b-value MLE) as a layer.
// Magnitudes come from the row as Mc + (Mmax − Mc)·σ(x); the learnable log b gives β = b·ln 10. Outputs the per-event
// log densities and their mean, as an ObsPy/NumPy port writes it: a local function for the log normaliser.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 9)]
public partial class GutenbergRichterTruncatedLogLikelihood
{
    const double Mc = 2.0, Mmax = 7.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> logB)
    {
        double beta = Math.Exp(logB[0]) * Math.Log(10.0);
        double LogNormaliser(double b) => Math.Log(b) - Math.Log(1 - Math.Exp(-b * (Mmax - Mc)));

        double logZ = LogNormaliser(beta);
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double m = Mc + (Mmax - Mc) / (1 + Math.Exp(-x[i]));
            y[i] = logZ - beta * (m - Mc);
            total += y[i];
        }
        y[x.Length] = total / x.Length;
    }
}
