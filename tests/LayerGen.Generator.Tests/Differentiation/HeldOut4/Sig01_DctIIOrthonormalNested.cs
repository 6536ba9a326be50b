// Orthonormal DCT-II of a 16-sample row (scipy.fft.dct(x, type=2, norm="ortho")): two nested loops, the cosines of
// index expressions only, the k = 0 scale chosen by a ternary.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class DctIIOrthonormalNested
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        for (int k = 0; k < n; k++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++)
                sum += x[i] * Math.Cos(Math.PI / n * (i + 0.5) * k);
            double scale = k == 0 ? Math.Sqrt(1.0 / n) : Math.Sqrt(2.0 / n);
            y[k] = scale * sum;
        }
    }
}
