// Fake quantisation with a smooth staircase: eight levels on [−2, 2], the hard round replaced by a sum of steep
// sigmoids (temperature 8) centred between levels, each written branch-stable with a ternary in a local function;
// values outside the range saturate to the end levels. Shape of the "differentiable soft quantization" surrogates of
// QAT papers (sum-of-sigmoids staircase), from memory.
// A user expects the gradient of the staircase.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class SigmoidStaircaseFakeQuant
{
    const int Levels = 8;
    const double Low = -2.0, High = 2.0, Temperature = 8.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

        double delta = (High - Low) / (Levels - 1);
        for (int i = 0; i < x.Length; i++)
        {
            double u = (x[i] - Low) / delta;
            double level = 0;
            for (int k = 0; k < Levels - 1; k++) level += Sigmoid(Temperature * (u - k - 0.5));
            y[i] = Low + delta * level;
        }
    }
}
