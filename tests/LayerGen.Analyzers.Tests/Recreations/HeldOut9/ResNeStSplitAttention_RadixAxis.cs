// Source: ResNeSt split-attention block (zhanghang1989/ResNeSt `rSoftMax`: view(batch, cardinality, radix, -1) and
// softmax over the radix dimension), re-created for C# inference.
// Layout: float[cardinality, radix, channels] rank-3, softmax over the middle axis, reverse loops. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class ResNeStSplitAttention_RadixAxis
{
    public static void RSoftmax(float[,,] gates, float[,,] attention)
    {
        int cardinality = gates.GetLength(0);
        int radix = gates.GetLength(1);
        int channels = gates.GetLength(2);
        for (int g = cardinality - 1; g >= 0; g--)
        {
            for (int c = channels - 1; c >= 0; c--)
            {
                float m = float.NegativeInfinity;
                for (int r = radix - 1; r >= 0; r--)
                {
                    m = MathF.Max(m, gates[g, r, c]);
                }

                float s = 0f;
                for (int r = radix - 1; r >= 0; r--)
                {
                    attention[g, r, c] = MathF.Exp(gates[g, r, c] - m);
                    s += attention[g, r, c];
                }

                for (int r = radix - 1; r >= 0; r--)
                {
                    attention[g, r, c] /= s;
                }
            }
        }
    }
}
