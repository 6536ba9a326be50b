// Circular shift (np.roll(x, -2)) of a float row, index computed with a modulo.
// Re-creates: numpy.roll for a 1-D row (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class RollByTwoModulo
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
            y[i] = x[(i + 2) % n];
    }
}
