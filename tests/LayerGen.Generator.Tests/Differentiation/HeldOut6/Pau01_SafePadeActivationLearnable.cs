// expect: gradient
// Padé Activation Unit, the "safe" form (Molina et al. 2020): P(x) / (1 + Σ_k |b_k|·|x|^k) with a degree-5 numerator
// evaluated by a backwards Horner loop and the denominator's powers of |x| built up in a loop; both coefficient sets
// learnable. Shape from the PAU reference (pade_activation_unit); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class SafePadeActivationLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(6, Initial = 0.2, StandardDeviation = 0.2)] ReadOnlySpan<double> numerator,
                           [Learnable(4, Initial = 0.5)] ReadOnlySpan<double> denominator)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            double p = numerator[numerator.Length - 1];
            for (int j = numerator.Length - 2; j >= 0; j--)
                p = p * v + numerator[j];

            double magnitude = Math.Abs(v);
            double power = magnitude;
            double q = 1.0;
            for (int k = 0; k < denominator.Length; k++)
            {
                q += Math.Abs(denominator[k]) * power;
                power *= magnitude;
            }
            y[i] = p / q;
        }
    }
}
