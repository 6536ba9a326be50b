// Source: Swin Transformer window attention (Liu et al. 2021, microsoft/Swin-Transformer `WindowAttention`:
// attn = q k^T * scale + relative_position_bias, softmax over the last axis), re-created.
// Layout: flat float[(windows * heads) * N * N] scores, float[heads * N * N] bias, row offsets computed per
// (window, head, query); the softmax axis is the innermost N.
// Correct: max and sum per query row of (score + bias).
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SwinWindowAttention_FlatBiasRows
{
    public static void SoftmaxWithBias(float[] scores, float[] bias, int windows, int heads, int tokens)
    {
        int plane = tokens * tokens;
        for (int wh = 0; wh < windows * heads; wh++)
        {
            int biasBase = (wh % heads) * plane;
            for (int i = 0; i < tokens; i++)
            {
                int row = wh * plane + i * tokens;
                int brow = biasBase + i * tokens;
                float rowMax = float.NegativeInfinity;
                for (int j = 0; j < tokens; j++)
                {
                    scores[row + j] += bias[brow + j];
                    rowMax = MathF.Max(rowMax, scores[row + j]);
                }

                float denom = 0f;
                for (int j = 0; j < tokens; j++)
                {
                    scores[row + j] = MathF.Exp(scores[row + j] - rowMax);
                    denom += scores[row + j];
                }
                for (int j = 0; j < tokens; j++) scores[row + j] /= denom;
            }
        }
    }
}
