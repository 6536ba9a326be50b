// expect: error
// A moving-average smoother whose number of taps is a static int field a training script may change (not const);
// a loop bound must be known when the row starts, and reads of non-const static int fields are outside the subset:
// LG11xx at the loop that reads it. Shape of C# feature-engineering code with tweakable statics, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class StaticTapCountFieldBound
{
    static int Taps = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double sum = 0;
            for (int k = 0; k < Taps; k++) //~ LG11
                sum += x[Math.Max(0, i - k)];
            y[i] = sum / 3.0;
        }
    }
}
