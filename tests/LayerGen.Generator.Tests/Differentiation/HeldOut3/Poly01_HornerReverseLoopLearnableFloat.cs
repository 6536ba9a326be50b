// expect: gradient
// A learnable polynomial activation (as in "PAU"/polynomial activations, numpy.polyval order reversed): coefficients
// c0..c4 learnable, evaluated by Horner's rule in a loop counting down. Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class LearnablePolynomial
{
    const int Degree = 4;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(Degree + 1, StandardDeviation = 0.1)] ReadOnlySpan<float> coefficients)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            float acc = coefficients[Degree];
            for (int k = Degree - 1; k >= 0; k--)
                acc = acc * v + coefficients[k];
            y[i] = acc;
        }
    }
}
