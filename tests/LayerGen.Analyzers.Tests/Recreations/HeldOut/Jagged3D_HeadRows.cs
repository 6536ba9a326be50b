// Re-creation (our own code) of the per-head attention softmax of the C# minGPT ports (mingpt4 MultiHeadAttention:
// one score matrix per head) stored as a jagged float[batch][heads][tokens] array.
// Layout: jagged float[][][], softmax over the innermost arrays. Correct.
using System;

namespace HeldOut.Jagged3DHeadRows;

public static class JaggedHeadSoftmax
{
    public static void Forward(float[][][] scores)
    {
        foreach (float[][] sample in scores)
        {
            foreach (float[] head in sample)
            {
                float max = float.NegativeInfinity;
                for (int t = 0; t < head.Length; t++)
                {
                    max = MathF.Max(max, head[t]);
                }

                float sum = 0f;
                for (int t = 0; t < head.Length; t++)
                {
                    head[t] = MathF.Exp(head[t] - max);
                    sum += head[t];
                }

                for (int t = 0; t < head.Length; t++)
                {
                    head[t] /= sum;
                }
            }
        }
    }
}
