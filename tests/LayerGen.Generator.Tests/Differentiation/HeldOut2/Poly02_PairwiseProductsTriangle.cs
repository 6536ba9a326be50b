// Degree-2 interaction features x_i x_j for i <= j (upper triangle, 4 inputs to 10 outputs), float, the output
// index computed in closed form from i and j.
// Re-creates: sklearn PolynomialFeatures(degree=2, include_bias=False) without the linear terms (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4, 10)]
public partial class PairwiseProductsTriangle
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const int n = 4;
        for (int i = 0; i < n; i++)
        {
            int rowStart = i * n - i * (i - 1) / 2;
            for (int j = i; j < n; j++)
                y[rowStart + (j - i)] = x[i] * x[j];
        }
    }
}
