// Gaussian RBF features with 5 learnable centres in 4-D: y_k = exp(-gamma ||x - c_k||^2), gamma = 0.5.
// Re-creates: the RBF layer of RBF-network tutorials (centres as parameters, fixed width) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(4, 5)]
public partial class RbfLearnableCentres
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(20, StandardDeviation = 1)] ReadOnlySpan<double> centres)
    {
        const double gamma = 0.5;
        for (int k = 0; k < 5; k++)
        {
            double dist2 = 0;
            for (int d = 0; d < 4; d++)
            {
                double diff = x[d] - centres[k * 4 + d];
                dist2 += diff * diff;
            }
            y[k] = Math.Exp(-gamma * dist2);
        }
    }
}
