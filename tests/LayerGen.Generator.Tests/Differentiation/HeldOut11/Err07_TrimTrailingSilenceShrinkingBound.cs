// expect: error
// Normalising a frame after trimming its trailing near-silent samples: the loop's bound n shrinks inside the
// loop body while the loop runs (n-- when the last kept sample is quiet), so the trip count is not known on
// entry: LG11xx at the loop. Shape of a speech-preprocessing port from Python (`while abs(x[n-1]) < eps: n -= 1`
// folded into the main loop), written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class TrimTrailingSilenceShrinkingBound
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        double energy = 0;
        for (int i = 0; i < n; i++) //~ LG11
        {
            if (n > 1 && Math.Abs(x[n - 1]) < 0.05) n--;
            energy += x[i] * x[i];
        }
        double scale = 1.0 / Math.Sqrt(energy + 1e-6);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * scale;
    }
}
