// Boundary-preserving reversal with a roll, as in time-series augmentation code: the end points stay, the interior
// x[1..^1] is reversed, and a half-weight copy of the interior rolled by one (np.roll) is subtracted.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class ReverseInteriorRollRangesFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        ReadOnlySpan<float> inner = x[1..^1];
        Span<float> target = y[1..^1];
        int m = inner.Length;
        for (int i = 0; i < m; i++)
            target[i] = inner[m - 1 - i] - 0.5f * inner[(i + m - 1) % m];
        y[0] = x[0];
        y[^1] = x[^1];
    }
}
