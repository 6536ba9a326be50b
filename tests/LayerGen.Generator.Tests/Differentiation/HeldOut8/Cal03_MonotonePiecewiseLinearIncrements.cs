// A monotone piecewise-linear calibration map with seven knots on [−3, 3]: heights start at a learnable offset and
// rise by softplus(learnable increments), so the map is isotonic by construction; a score finds its segment by
// (int) of the clamped knot coordinate and interpolates.
// Shape of: isotonic-style calibrators as monotone PWL layers (TensorFlow Lattice's PWLCalibration), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class MonotonePiecewiseLinearIncrements
{
    const int Knots = 7;
    const double Low = -3, Spacing = 1;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(Knots - 1)] ReadOnlySpan<double> increments,
        [Learnable(1, Initial = -2)] ReadOnlySpan<double> offset)
    {
        Span<double> heights = stackalloc double[Knots];
        heights[0] = offset[0];
        for (int k = 1; k < Knots; k++)
            heights[k] = heights[k - 1] + Math.Log(1 + Math.Exp(increments[k - 1]));

        for (int i = 0; i < x.Length; i++)
        {
            double t = Math.Clamp((x[i] - Low) / Spacing, 0.0, Knots - 1 - 1e-9);
            int k = (int)t;
            y[i] = heights[k] + (heights[k + 1] - heights[k]) * (t - k);
        }
    }
}
