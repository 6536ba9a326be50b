// Variant (our own code) of the per-head attention softmax over a jagged float[batch][heads][tokens] array (minGPT
// C# ports, one score matrix per head): the maximum is per head, but the sum is reset per sample only, so it spans
// every head of the sample.
// Layout: jagged float[][][]. Bug (LG0002): the sum covers all heads of a sample.
using System;

namespace HeldOut.Jagged3DSumPerSample;

public static class JaggedHeadSoftmax
{
    public static void Forward(float[][][] scores)
    {
        for (int b = 0; b < scores.Length; b++)
        {
            float sum = 0f;
            for (int h = 0; h < scores[b].Length; h++)
            {
                float max = float.NegativeInfinity;
                for (int t = 0; t < scores[b][h].Length; t++)
                {
                    max = MathF.Max(max, scores[b][h][t]);
                }

                for (int t = 0; t < scores[b][h].Length; t++)
                {
                    scores[b][h][t] = MathF.Exp(scores[b][h][t] - max);
                    sum += scores[b][h][t]; //~ LG0002
                }
            }

            for (int h = 0; h < scores[b].Length; h++)
            {
                for (int t = 0; t < scores[b][h].Length; t++)
                {
                    scores[b][h][t] /= sum;
                }
            }
        }
    }
}
