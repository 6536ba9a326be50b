// Correct twins of BlockWalk_GroupBlockMax: the max runs over the radix fibre of each (group, channel), the same
// stride-channels walk the sum takes, reset per channel.
// Source: ResNeSt split-attention rSoftMax ports in C#.
// Layout: double[] flat [groups, radix, channels]; ReadOnlySpan<float> flat [groups, radix, channels]. Correct.
using System;

namespace Recreations.BlockWalkRadixFibreMax;

public static class SplitAttention
{
    public static void Flat(double[] x, int groups, int radix, int channels, double[] y)
    {
        int block = radix * channels;
        for (int g = 0; g < groups; g++)
        {
            for (int c = 0; c < channels; c++)
            {
                double m = double.NegativeInfinity;
                for (int r = 0; r < radix; r++)
                {
                    if (x[g * block + r * channels + c] > m) m = x[g * block + r * channels + c];
                }

                double s = 0.0;
                for (int r = 0; r < radix; r++)
                {
                    y[g * block + r * channels + c] = Math.Exp(x[g * block + r * channels + c] - m);
                    s += y[g * block + r * channels + c];
                }

                for (int r = 0; r < radix; r++) y[g * block + r * channels + c] /= s;
            }
        }
    }

    public static void SpanBlocks(ReadOnlySpan<float> gates, int groups, int channels, Span<float> attention)
    {
        int block = gates.Length / groups;
        int radix = block / channels;
        for (int g = 0; g < groups; g++)
        {
            for (int c = 0; c < channels; c++)
            {
                float m = float.NegativeInfinity;
                for (int r = 0; r < radix; r++) m = MathF.Max(m, gates[g * block + r * channels + c]);
                float s = 0f;
                for (int r = 0; r < radix; r++)
                {
                    attention[g * block + r * channels + c] = MathF.Exp(gates[g * block + r * channels + c] - m);
                    s += attention[g * block + r * channels + c];
                }

                for (int r = 0; r < radix; r++) attention[g * block + r * channels + c] /= s;
            }
        }
    }
}
