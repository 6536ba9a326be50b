// expect: gradient
// Goertzel's algorithm for four DFT bins of a 16-sample row (DTMF-detector style): a static local function runs the
// second-order recursion over the row with foreach and returns the bin power, log(1 + power) per bin; the bins in a
// static readonly table. Shape from textbook/embedded Goertzel code; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(16, 4)]
public partial class GoertzelBinLogPowers
{
    static readonly int[] Bins = { 1, 2, 3, 5 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        static double BinPower(ReadOnlySpan<double> signal, double coefficient)
        {
            double s1 = 0, s2 = 0;
            foreach (double v in signal)
            {
                double s = v + coefficient * s1 - s2;
                s2 = s1;
                s1 = s;
            }
            return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        }

        for (int b = 0; b < Bins.Length; b++)
        {
            double omega = 2 * Math.PI * Bins[b] / x.Length;
            y[b] = Math.Log(1 + BinPower(x, 2 * Math.Cos(omega)));
        }
    }
}
