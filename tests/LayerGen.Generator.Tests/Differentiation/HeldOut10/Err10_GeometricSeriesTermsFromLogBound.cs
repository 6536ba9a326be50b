// expect: error
// Series: a truncated geometric-type series Σ_k r^k·cos(k v) whose number of terms is chosen for a tolerance,
// `int terms = (int)Math.Ceiling(Math.Log(Tolerance) / Math.Log(Ratio));` from constants, as numerical code sizes its
// loops. Log is not exactly rounded, so the bound cannot be sized at compile time: the error belongs to the loop.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class GeometricSeriesTermsFromLogBound
{
    const double Ratio = 0.6, Tolerance = 1e-6;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int terms = (int)Math.Ceiling(Math.Log(Tolerance) / Math.Log(Ratio));
        for (int i = 0; i < x.Length; i++)
        {
            double sum = 0.0, power = 1.0;
            for (int k = 0; k < terms; k++) //~ LG11
            {
                sum += power * Math.Cos(k * Math.Tanh(x[i]));
                power *= Ratio;
            }
            y[i] = sum;
        }
    }
}
