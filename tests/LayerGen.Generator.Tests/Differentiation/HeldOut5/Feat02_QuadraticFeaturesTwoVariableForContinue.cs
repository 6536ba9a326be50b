// Degree-2 polynomial features of 4 inputs (sklearn PolynomialFeatures(degree=2): 1, x_i, x_i x_j for i ≤ j),
// with the output index carried as a second loop variable and the lower triangle skipped by continue.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(4, 15)]
public partial class QuadraticFeaturesTwoVariableForContinue
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y[0] = 1;
        for (int i = 0, o = 1; i < x.Length; i++, o++) y[o] = x[i];
        int k = 1 + x.Length;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                if (j < i) continue;
                y[k] = x[i] * x[j];
                k++;
            }
        }
    }
}
