// A double "flag" local set to 1 or 0 by a ternary in a loop and read only in a later condition (C code's int flags).
// Re-creates: none; `positive = x[i] > 0 ? 1.0 : 0.0; if (positive == 1.0) …`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class FlagLocalInConditions
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double positive = 0;
        for (int i = 0; i < x.Length; i++)
        {
            positive = x[i] > 0 ? 1.0 : 0.0;
            if (positive == 1.0) y[i] = x[i] * x[i];
            else y[i] = -x[i];
        }
    }
}
