// expect: error
// A straight-through-style quantiser whose precision comes from a mutable static setting: Math.Round(v, Digits) with
// Digits a non-const static int field, so the digits are not a compile-time constant (and the field read is an int
// static that is not const). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6)]
public partial class RoundDigitsFromStaticField
{
    public static int Digits = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double q = Math.Round(x[i], Digits); //~ LG11
            y[i] = x[i] + 0.1 * q;
        }
    }
}
