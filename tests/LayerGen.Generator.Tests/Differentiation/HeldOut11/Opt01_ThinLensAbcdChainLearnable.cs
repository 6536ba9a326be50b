// expect: gradient
// Paraxial ray tracing with ray-transfer (ABCD) matrices through three thin lenses with learnable log focal lengths
// and fixed gaps: four rays given as (height, angle) pairs, each multiplied by the gap matrix [1 d; 0 1] and the lens
// matrix [1 0; −1/f 1] through a helper returning a tuple; outputs each ray's height and angle at the image plane. Shape of
// optics course ray-transfer code, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class ThinLensAbcdChainLearnable
{
    static readonly double[] Gaps = { 40.0, 25.0, 30.0, 60.0 };   // mm: object → lens 1 → lens 2 → lens 3 → image

    static (double Height, double Angle) Apply(double a, double b, double c, double d, double h, double theta)
        => (a * h + b * theta, c * h + d * theta);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, Initial = 3.5, StandardDeviation = 0.2)] ReadOnlySpan<double> logFocal)
    {
        for (int ray = 0; ray < 4; ray++)
        {
            double h = x[2 * ray];
            double theta = 0.05 * x[2 * ray + 1];
            (h, theta) = Apply(1, Gaps[0], 0, 1, h, theta);
            for (int lens = 0; lens < 3; lens++)
            {
                double f = Math.Exp(logFocal[lens]);
                (h, theta) = Apply(1, 0, -1 / f, 1, h, theta);
                (h, theta) = Apply(1, Gaps[lens + 1], 0, 1, h, theta);
            }
            y[2 * ray] = h;
            y[2 * ray + 1] = theta;
        }
    }
}
