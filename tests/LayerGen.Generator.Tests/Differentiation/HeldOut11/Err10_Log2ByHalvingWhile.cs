// expect: error
// log2 by range reduction, the way C ports of frexp do it: halve the value while it is above 2, counting the
// halvings, then a short series for the rest; a while loop whose exit depends on the data has no trip count known
// on entry: LG11xx at the while. Shape of fixed-point/embedded log2 routines ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class Log2ByHalvingWhile
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = 1.0 + x[i] * x[i];
            int exponent = 0;
            while (v > 2.0) //~ LG11
            {
                v *= 0.5;
                exponent++;
            }
            double t = v - 1.0;
            y[i] = exponent + (t - 0.5 * t * t + t * t * t / 3.0) / Math.Log(2.0);
        }
    }
}
