// Centred moving average over a window of 5 that shrinks at the row's edges
// (pandas Series.rolling(5, center=True, min_periods=1).mean()): window bounds clamped with Math.Max/Math.Min on ints,
// the window summed by a `while` loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class BoxFilterWhileClampedBounds
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int lo = Math.Max(0, i - 2), hi = Math.Min(x.Length - 1, i + 2);
            double sum = 0;
            int j = lo;
            while (j <= hi)
            {
                sum += x[j];
                j++;
            }
            y[i] = sum / (hi - lo + 1);
        }
    }
}
