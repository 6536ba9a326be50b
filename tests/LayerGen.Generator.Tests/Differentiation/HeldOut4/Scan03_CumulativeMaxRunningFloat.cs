// Cumulative maximum along the row (torch.cummax(x, dim=-1).values / numpy.maximum.accumulate), the running maximum
// kept in a local that starts at −∞ and is raised with an `if`. Its output is a maximum itself: rows with repeated
// values (the tied rows, and ±1000 rows that repeat ±1000) have no derivative there.
// expect: gradient
// rows: no-ties no-large
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class CumulativeMaxRunningFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float running = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > running)
                running = x[i];
            y[i] = running;
        }
    }
}
