// Local response normalisation across the row's channels (AlexNet; torch.nn.LocalResponseNorm(5, 1e-4, 0.75, 2)):
// y_c = x_c / (k + α/n·Σ_{|j−c|≤2} x_j²)^β; the neighbour loop's bounds are Math.Max/Math.Min of ints in the for header.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class LocalResponseNormNeighbours
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int Size = 5;
        const double Alpha = 1e-4, Beta = 0.75, K = 2;
        for (int c = 0; c < x.Length; c++)
        {
            double sumSquares = 0;
            for (int j = Math.Max(0, c - Size / 2); j <= Math.Min(x.Length - 1, c + Size / 2); j++)
                sumSquares += x[j] * x[j];
            y[c] = x[c] / Math.Pow(K + Alpha / Size * sumSquares, Beta);
        }
    }
}
