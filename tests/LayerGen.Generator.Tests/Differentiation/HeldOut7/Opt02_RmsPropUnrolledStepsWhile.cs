// Five RMSProp steps on a diagonal quadratic, unrolled as a layer (learning-to-optimise / unrolled-optimisation
// style): the row is a starting point (first half) and a target (second half), the output the point after the
// steps. Shape of torch.optim.RMSprop without momentum, epsilon inside the square root as in TF1's RMSProp, from memory.
// A user expects the gradient through all five steps.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 4)]
public partial class RmsPropUnrolledStepsWhile
{
    const double LearningRate = 0.05, Rho = 0.9, Eps = 1e-3;
    const int Steps = 5;
    static readonly double[] Curvature = { 1.0, 2.0, 4.0, 8.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> w = stackalloc double[4];
        Span<double> meanSquare = stackalloc double[4];
        for (int i = 0; i < 4; i++)
        {
            w[i] = x[i];
            meanSquare[i] = 0;
        }

        int step = 0;
        while (step < Steps)
        {
            for (int i = 0; i < 4; i++)
            {
                double g = Curvature[i] * (w[i] - x[4 + i]);
                meanSquare[i] = Rho * meanSquare[i] + (1 - Rho) * g * g;
                w[i] -= LearningRate * g / Math.Sqrt(meanSquare[i] + Eps);
            }
            step++;
        }

        w.CopyTo(y);
    }
}
