// A factorisation machine (Rendle, 2010) over eight real features: w₀ + Σ wᵢxᵢ + ½ Σ_f [(Σ_i v_if x_i)² − Σ_i v_if² x_i²],
// the O(nk) form, with k = 3 latent factors; w₀, w and V learnable (V from a seeded normal). Shape of the FM layer in
// torchfm / libFM's prediction loop, from memory.
// A user expects gradients for the features and all parameters.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 1)]
public partial class FactorisationMachineLearnable
{
    const int Features = 8, Factors = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> bias,
                           [Learnable(Features, StandardDeviation = 0.1)] ReadOnlySpan<double> linear,
                           [Learnable(Features * Factors, StandardDeviation = 0.3)] ReadOnlySpan<double> factors)
    {
        double prediction = bias[0];
        for (int i = 0; i < Features; i++) prediction += linear[i] * x[i];

        for (int f = 0; f < Factors; f++)
        {
            double sum = 0, sumOfSquares = 0;
            for (int i = 0; i < Features; i++)
            {
                double term = factors[i * Factors + f] * x[i];
                sum += term;
                sumOfSquares += term * term;
            }
            prediction += 0.5 * (sum * sum - sumOfSquares);
        }
        y[0] = prediction;
    }
}
