// Top-p style cumulative mass with a data-dependent loop exit (`while (mass < 0.9)`): an error at the loop is expected.
// Re-creates: nucleus-sampling cut-offs, where the number of kept entries depends on the values.
// expect: error
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class TopPWhileDataExit
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mass = 0;
        int i = 0;
        while (mass < 0.9 && i < x.Length) //~ LG11
        {
            mass += Math.Exp(x[i]) / (1 + Math.Exp(x[i]));
            y[i] = mass;
            i++;
        }
    }
}
