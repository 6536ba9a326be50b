// ShuffleNet's channel shuffle of a 12-channel row in 3 groups of 4 (reshape (3, 4) → transpose → flatten,
// torch.nn.ChannelShuffle(3)) as index arithmetic, followed by a hard-swish as ShuffleNetV2+ blocks use it.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class ChannelShuffleGroups
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int Groups = 3, PerGroup = 4;
        for (int g = 0; g < Groups; g++)
        {
            for (int c = 0; c < PerGroup; c++)
            {
                double v = x[g * PerGroup + c];
                y[c * Groups + g] = v * Math.Min(Math.Max(v + 3, 0), 6) / 6;
            }
        }
    }
}
