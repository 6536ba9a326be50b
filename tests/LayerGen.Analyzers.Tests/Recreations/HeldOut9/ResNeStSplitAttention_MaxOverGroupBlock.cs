// Source: ResNeSt split-attention `rSoftMax` (softmax over radix per cardinal group and channel), re-created on a
// flat buffer with one stabilising max per cardinal group.
// Layout: flat float[] [cardinality, radix, channels], softmax over radix (stride = channels).
// Bug (LG0001): the max runs over the whole [radix, channels] block of the group, not over one channel's radix fibre.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class ResNeStSplitAttention_MaxOverGroupBlock
{
    public static void RSoftmax(float[] gates, int cardinality, int radix, float[] attention)
    {
        int block = gates.Length / cardinality;
        int channels = block / radix;
        for (int g = 0; g < cardinality; g++)
        {
            int start = g * block;
            float m = gates[start];
            for (int idx = start + 1; idx < start + block; idx++)
            {
                m = MathF.Max(m, gates[idx]); //~ LG0001
            }

            for (int c = 0; c < channels; c++)
            {
                float s = 0f;
                for (int r = 0; r < radix; r++)
                {
                    int at = start + r * channels + c;
                    attention[at] = MathF.Exp(gates[at] - m);
                    s += attention[at];
                }

                for (int r = 0; r < radix; r++)
                {
                    attention[start + r * channels + c] /= s;
                }
            }
        }
    }
}
