// SCS curve-number runoff Q = (P − Iₐ)² / (P − Iₐ + S) for P > Iₐ, else 0, over eight storms; the curve number is
// learnable through a sigmoid (CN in (40, 98)), S = 25400 / CN − 254 mm and Iₐ = 0.2 S.
// Shape of: USDA TR-55's runoff equation as coded in hydrology packages (e.g. pysheds/SWAT ports), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class ScsCurveNumberRunoffLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> curveLogit)
    {
        double Softplus(double v) => v > 30 ? v : Math.Log(1 + Math.Exp(v));

        double cn = 40 + 58 / (1 + Math.Exp(-curveLogit[0]));
        double retention = 25400 / cn - 254;
        double initialAbstraction = 0.2 * retention;
        for (int i = 0; i < x.Length; i++)
        {
            double p = 30 * Softplus(x[i]);        // storm depth, mm
            double excess = p - initialAbstraction;
            y[i] = p > initialAbstraction ? excess * excess / (excess + retention) : 0;
        }
    }
}
