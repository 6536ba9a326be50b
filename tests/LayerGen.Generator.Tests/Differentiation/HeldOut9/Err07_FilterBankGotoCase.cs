// Filter banks: per-band gains where the "presence" band falls through to the "mid" band's shaping with `goto case` —
// a switch section must end in break (a section that ends otherwise is outside the subset).
// Shape: a C# equaliser preset switch, written by someone who knows C# has no implicit fall-through.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class FilterBankGotoCase
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double gain = 1.0;
            switch (i % 4)
            {
                case 0:
                    gain = 0.8;
                    break;
                case 1:
                    gain = 1.2 * Math.Tanh(x[i]);
                    break;
                case 2:
                    gain = 1.5;
                    goto case 1; //~ LG11
                default:
                    gain = 0.5;
                    break;
            }
            y[i] = gain * x[i];
        }
    }
}
