// Custom layers that declare their own size constants and a constant named like a learnable, as ports write them
// (HeldOut7's translog and factorisation machine): LayerGen uses the constants and names the accessor FactorsParameter.
using System;

namespace LayerGen.Generator.Tests.Layers;

/// <summary>A second-order factorisation machine over five features with three factors, sizes given by the class's constants.</summary>
[DifferentiableLayer(Inputs, Outputs)]
public partial class FactorMachineDouble : ICustomLayer<double>
{
    private const int Inputs = 5, Outputs = 2, Factors = 3;

    /// <summary>All learnables: bias, linear weights and the factor matrix.</summary>
    public const int ParameterCount = 1 + Inputs + (Inputs * Factors);

    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                                   [Learnable(1)] ReadOnlySpan<double> bias,
                                   [Learnable(Inputs, StandardDeviation = 0.2)] ReadOnlySpan<double> linear,
                                   [Learnable(Inputs * Factors, StandardDeviation = 0.3)] ReadOnlySpan<double> factors)
    {
        double prediction = bias[0];
        for (int i = 0; i < Inputs; i++)
        {
            prediction += linear[i] * x[i];
        }

        double interactions = 0;
        for (int f = 0; f < Factors; f++)
        {
            double sum = 0, squares = 0;
            for (int i = 0; i < Inputs; i++)
            {
                double term = factors[(i * Factors) + f] * x[i];
                sum += term;
                squares += term * term;
            }

            interactions += 0.5 * ((sum * sum) - squares);
        }

        y[0] = prediction + interactions;
        y[1] = interactions;
    }
}
