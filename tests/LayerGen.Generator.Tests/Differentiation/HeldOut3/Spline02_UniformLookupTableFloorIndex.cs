// expect: gradient
// rows: no-ties
// (no-ties, added after the blind measure: the check's tied row puts 4 at x[0], exactly the table's upper clamp
// (4 + 4.1) / 0.45 = 18, a kink where the central difference takes half the slope.)
// A tabulated activation on a uniform grid, evaluated the way lookup-table code is written (e.g. the KAN / spline
// activation exports, or a C port of a tanh table): t = (v - lo) / step clamped to the table, k = (int)t,
// linear interpolation between Table[k] and Table[k + 1]. The index comes from the data; the derivative is the
// segment's slope, which a reasonable AD (JAX, PyTorch gather) gives. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class LookupTableActivation
{
    const double Lo = -4.1;
    const double Step = 0.45;
    static readonly double[] Table =
    {
        -0.999, -0.997, -0.992, -0.981, -0.955, -0.898, -0.782, -0.578, -0.279, 0.071, 0.406,
        0.670, 0.838, 0.930, 0.973, 0.990, 0.996, 0.999, 1.000,
    };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int segments = Table.Length - 1;
        for (int i = 0; i < x.Length; i++)
        {
            double t = Math.Clamp((x[i] - Lo) / Step, 0.0, segments - 1e-9);
            int k = (int)t;
            double frac = t - k;
            y[i] = Table[k] + (Table[k + 1] - Table[k]) * frac;
        }
    }
}
