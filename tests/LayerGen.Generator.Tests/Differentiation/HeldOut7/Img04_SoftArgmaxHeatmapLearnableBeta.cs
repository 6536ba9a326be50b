// Soft-argmax keypoint readout over a 5×5 heat map: a max-shifted softmax of β·h with a learnable β (log space),
// then the expected column and row in normalised coordinates [−1, 1]; foreach finds the maximum. Shape of
// kornia.geometry.subpix.spatial_soft_argmax2d / the integral pose regression readout, from memory.
// A user expects the gradient for the heat map and log β.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(25, 2)]
public partial class SoftArgmaxHeatmapLearnableBeta
{
    const int Side = 5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> logBeta)
    {
        double beta = Math.Exp(logBeta[0]);
        double max = double.NegativeInfinity;
        foreach (double v in x)
            if (v > max) max = v;

        double total = 0, cx = 0, cy = 0;
        for (int r = 0; r < Side; r++)
        {
            for (int c = 0; c < Side; c++)
            {
                double w = Math.Exp(beta * (x[r * Side + c] - max));
                total += w;
                cx += w * (2.0 * c / (Side - 1) - 1);
                cy += w * (2.0 * r / (Side - 1) - 1);
            }
        }
        y[0] = cx / total;
        y[1] = cy / total;
    }
}
