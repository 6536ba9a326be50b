// RMS scaling through the "fast inverse square root" bit trick ported from C (Lomont's 64-bit magic constant and one
// Newton step): the initial guess comes from reinterpreting the double's bits, which has no derivative a generator
// can know; the error belongs at the BitConverter line.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class FastInverseSqrtBitConverter
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double meanSquare = 1e-6;
        for (int i = 0; i < x.Length; i++)
            meanSquare += x[i] * x[i] / x.Length;
        double g = BitConverter.Int64BitsToDouble(6910469410427058089 - (BitConverter.DoubleToInt64Bits(meanSquare) >> 1)); //~ LG11
        g *= 1.5 - 0.5 * meanSquare * g * g;
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] * g;
    }
}
