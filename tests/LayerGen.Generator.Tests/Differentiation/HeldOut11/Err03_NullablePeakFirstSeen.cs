// expect: error
// Peak-normalisation where the running peak starts as "no value yet", a double? local set on the first element
// (a C# habit instead of −∞ or x[0]); a nullable local is outside the subset: LG11xx at its declaration. Shape of
// C# signal utilities, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class NullablePeakFirstSeen
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double? peak = null; //~ LG11
        foreach (double v in x)
        {
            double magnitude = Math.Abs(v) + 1.0;
            if (peak is null || magnitude > peak) peak = magnitude;
        }
        double scale = peak ?? 1.0;
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / scale;
    }
}
