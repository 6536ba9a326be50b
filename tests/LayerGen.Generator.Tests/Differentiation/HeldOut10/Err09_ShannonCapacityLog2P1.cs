// expect: error
// Information theory: Shannon–Hartley capacity of four sub-channels C = B·log₂(1 + SNR) with water-filling-free equal
// power, written with .NET 7's `double.Log2P1` (the accurate log2(1 + x)). Log2P1 is not among the supported calls
// (LogP1 and Log2 are: write `double.LogP1(snr) / Math.Log(2)`).
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 5)]
public partial class ShannonCapacityLog2P1
{
    const double Bandwidth = 1.0e6;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double total = 0.0;
        for (int c = 0; c < x.Length; c++)
        {
            double snr = Math.Exp(2.0 * Math.Tanh(x[c]));
            y[c] = Bandwidth * double.Log2P1(snr) / 1.0e6; //~ LG11
            total += y[c];
        }
        y[4] = total;
    }
}
