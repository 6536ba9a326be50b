// Soft penetration penalties between four circles (centres in the row, radii in a table): for each of the six pairs,
// softplus(β·(r_i + r_j − d))/β written the way PyTorch computes softplus stably (max(z, 0) + log1p(exp(−|z|))),
// written out with y[k++]. Shape of a differentiable-physics contact penalty (e.g. a soft-body or layout objective),
// from memory.
// A user expects the gradient for the circle centres.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 6)]
public partial class SoftCollisionPenaltyPairs
{
    const int Circles = 4;
    const double Sharpness = 4.0;
    static readonly double[] Radius = { 0.8, 1.1, 0.6, 1.4 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int k = 0;
        for (int i = 0; i < Circles; i++)
        {
            for (int j = i + 1; j < Circles; j++)
            {
                double dx = x[2 * j] - x[2 * i];
                double dy = x[2 * j + 1] - x[2 * i + 1];
                double distance = Math.Sqrt(dx * dx + dy * dy);
                double z = Sharpness * (Radius[i] + Radius[j] - distance);
                y[k++] = (Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)))) / Sharpness;
            }
        }
    }
}
