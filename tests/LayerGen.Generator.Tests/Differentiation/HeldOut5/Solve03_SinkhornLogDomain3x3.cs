// Sinkhorn normalisation of a 3×3 score matrix into a doubly-stochastic one, in the log domain as in POT's
// sinkhorn_log / the Gumbel-Sinkhorn reference code: five alternating row and column log-sum-exp subtractions on a
// stackalloc copy, then exp.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(9)]
public partial class SinkhornLogDomain3x3
{
    static double LogSumExp3(double a, double b, double c)
    {
        double m = Math.Max(a, Math.Max(b, c));
        return m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m) + Math.Exp(c - m));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> logP = stackalloc double[9];
        x.CopyTo(logP);
        for (int iteration = 0; iteration < 5; iteration++)
        {
            for (int r = 0; r < 3; r++)
            {
                double lse = LogSumExp3(logP[3 * r], logP[3 * r + 1], logP[3 * r + 2]);
                for (int c = 0; c < 3; c++) logP[3 * r + c] -= lse;
            }
            for (int c = 0; c < 3; c++)
            {
                double lse = LogSumExp3(logP[c], logP[3 + c], logP[6 + c]);
                for (int r = 0; r < 3; r++) logP[3 * r + c] -= lse;
            }
        }
        for (int i = 0; i < 9; i++) y[i] = Math.Exp(logP[i]);
    }
}
