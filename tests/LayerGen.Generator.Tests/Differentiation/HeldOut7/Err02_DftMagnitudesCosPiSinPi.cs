// DFT magnitudes with the twiddles written through .NET 7's generic-math double.CosPi / double.SinPi (cos(πx),
// exact at the multiples of ½ and what an analyzer suggests for Math.Cos(Math.PI * …)). Neither is among the
// supported calls of docs/custom-layers.md.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 5)]
public partial class DftMagnitudesCosPiSinPi
{
    const int N = 8;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int k = 0; k <= N / 2; k++)
        {
            double re = 0, im = 0;
            for (int n = 0; n < N; n++)
            {
                re += x[n] * double.CosPi(2.0 * k * n / N); //~ LG11
                im -= x[n] * double.SinPi(2.0 * k * n / N); //~ LG11
            }
            y[k] = Math.Sqrt(re * re + im * im);
        }
    }
}
