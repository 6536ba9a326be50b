// expect: gradient
// Gaussian radial-basis expansion of each input (SchNet's / DimeNet's RBF distance expansion, KAN's RBF basis): every
// input becomes 3 features exp(-γ (x - c)²) around constant centres; 4 inputs, 12 outputs. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(4, 12)]
partial class GaussianRbfExpansion
{
    static readonly double[] Centres = { -1.0, 0.0, 1.0 };
    const double Gamma = 2.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int m = Centres.Length;
        for (int i = 0; i < x.Length; i++)
        {
            for (int c = 0; c < m; c++)
            {
                double d = x[i] - Centres[c];
                y[i * m + c] = Math.Exp(-Gamma * d * d);
            }
        }
    }
}
