// Bug variants: softmax over the radix of each (group, channel) — a fibre at stride channels — whose max walks the
// group's whole [radix, channels] block: it contains the fibre and every other channel's (LG0001, not LG0004).
// Written as a flat walk from g * block to (g + 1) * block, and as a walk of a block of size gates.Length / groups.
// Source: ResNeSt split-attention rSoftMax ports in C# that take one max per cardinal group — the shape of
// HeldOut9's ResNeStSplitAttention_MaxOverGroupBlock, written anew.
// Layout: double[] flat [groups, radix, channels]; ReadOnlySpan<float> flat [groups, radix, channels].
using System;

namespace Recreations.BlockWalkGroupBlockMax;

public static class SplitAttention
{
    public static void Flat(double[] x, int groups, int radix, int channels, double[] y)
    {
        int block = radix * channels;
        for (int g = 0; g < groups; g++)
        {
            double m = double.NegativeInfinity;
            for (int k = g * block; k < (g + 1) * block; k++)
            {
                if (x[k] > m) m = x[k]; //~ LG0001
            }

            for (int c = 0; c < channels; c++)
            {
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
            float m = float.NegativeInfinity;
            for (int k = 0; k < block; k++)
            {
                m = MathF.Max(m, gates[g * block + k]); //~ LG0001
            }

            for (int c = 0; c < channels; c++)
            {
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
