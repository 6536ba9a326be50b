// expect: gradient
// A cross-stitch unit (Misra et al., CVPR 2016) between two tasks' activations, the two halves of the row:
// [a'; b'] = [[α_aa, α_ab]; [α_ba, α_bb]]·[a; b] per channel, with learnable 2×2 mixing per channel initialised
// (a flat learnable of 4 per channel, index math 4·c + k). Shape of the multi-task
// learning reference code ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class CrossStitchUnitLearnable
{
    const int Channels = 4;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(16, Initial = 0.5, StandardDeviation = 0.2)] ReadOnlySpan<double> mix)
    {
        ReadOnlySpan<double> a = x.Slice(0, Channels);
        ReadOnlySpan<double> b = x.Slice(Channels, Channels);
        for (int c = 0; c < Channels; c++)
        {
            int o = 4 * c;
            double mixedA = mix[o] * a[c] + mix[o + 1] * b[c];
            double mixedB = mix[o + 2] * a[c] + mix[o + 3] * b[c];
            y[c] = mixedA;
            y[Channels + c] = mixedB;
        }
    }
}
