// Winner-take-all (k-WTA with k = 1, a gumbel-free top-1 mask that keeps the value): y_i = x_i where x_i is the row's
// maximum, else 0; the maximum by foreach over MathF.Max, the mask by a comparison ternary. Its output is a maximum
// itself: rows with a repeated maximum (tied rows, ±1000 rows) have no derivative there.
// expect: gradient
// rows: no-ties no-large
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class WinnerTakeAllMaskFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        foreach (float v in x)
            max = MathF.Max(max, v);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] >= max ? x[i] : 0f;
    }
}
