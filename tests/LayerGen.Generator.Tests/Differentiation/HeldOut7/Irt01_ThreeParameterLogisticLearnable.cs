// The three-parameter logistic (3PL) item response model: eight students' abilities θ (the row) against three items
// with learnable log-discrimination, difficulty and guessing logit; P = c + (1 − c)·σ(a(θ − b)), the sigmoid written
// ½(1 + tanh(z/2)) as some psychometrics code does. Shape of the 3PL in mirt/py-irt, from memory.
// A user expects the gradient for the abilities and all item parameters.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 24)]
public partial class ThreeParameterLogisticLearnable
{
    const int Items = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(Items, StandardDeviation = 0.2)] ReadOnlySpan<double> logDiscrimination,
                           [Learnable(Items, StandardDeviation = 0.5)] ReadOnlySpan<double> difficulty,
                           [Learnable(Items, Initial = -2)] ReadOnlySpan<double> guessingLogit)
    {
        int o = 0;
        foreach (double theta in x)
        {
            for (int j = 0; j < Items; j++)
            {
                double a = Math.Exp(logDiscrimination[j]);
                double c = 0.5 * (1 + Math.Tanh(0.5 * guessingLogit[j]));
                double p = 0.5 * (1 + Math.Tanh(0.5 * a * (theta - difficulty[j])));
                y[o++] = c + (1 - c) * p;
            }
        }
    }
}
