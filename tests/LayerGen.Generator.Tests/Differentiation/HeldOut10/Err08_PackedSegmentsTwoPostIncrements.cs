// expect: error
// Piecewise-linear calibration with (slope, intercept) pairs packed in one static readonly table and read with a
// running cursor, `y[i] = Packed[k++] * v + Packed[k++];` as ported C reads `*p++ * v + *p++`: two k++ in one
// statement (the statement reads k again after incrementing it) are outside the subset.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4)]
public partial class PackedSegmentsTwoPostIncrements
{
    static readonly double[] Packed = { 0.9, 0.1, 1.1, -0.2, 0.7, 0.3, 1.3, 0.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int k = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double v = Math.Tanh(x[i]);
            y[i] = Packed[k++] * v + Packed[k++]; //~ LG11
        }
    }
}
