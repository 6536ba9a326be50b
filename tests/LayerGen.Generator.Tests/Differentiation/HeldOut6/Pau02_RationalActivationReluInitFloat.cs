// expect: gradient
// A (3, 2) rational activation with the coefficients Boullé et al. (2020) fit to ReLU, kept fixed in static readonly
// float tables and evaluated with float.FusedMultiplyAdd Horner steps in a counting-down loop; the denominator has no
// real root. Shape from the rational-activations reference; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class RationalActivationReluInitFloat
{
    static readonly float[] P = { 1.1915f, 1.5957f, 0.5f, 0.0218f };
    static readonly float[] Q = { 2.383f, 0.0f, 1.0f };

    static float Horner(float v, ReadOnlySpan<float> coefficients)
    {
        float acc = 0f;
        for (int j = coefficients.Length - 1; j >= 0; j--)
            acc = float.FusedMultiplyAdd(acc, v, coefficients[j]);
        return acc;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = Horner(x[i], P) / Horner(x[i], Q);
    }
}
