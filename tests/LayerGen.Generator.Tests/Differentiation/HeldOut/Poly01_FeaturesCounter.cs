// Degree-2 polynomial features of 3 inputs: [x, x², pairwise products] = 3 + 3 + 3 outputs, written with a running
// output index `k++`, the way sklearn's PolynomialFeatures is ported by hand.
// Re-creates: sklearn.preprocessing.PolynomialFeatures(degree=2, include_bias=False) output order, hand-rolled.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(3, 9)]
public partial class PolyFeaturesCounter
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int k = 0;
        for (int i = 0; i < 3; i++) y[k++] = x[i];
        for (int i = 0; i < 3; i++) y[k++] = x[i] * x[i];
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                y[k++] = x[i] * x[j];
    }
}
