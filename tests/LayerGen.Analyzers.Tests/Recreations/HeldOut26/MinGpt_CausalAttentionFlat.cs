// Re-creation (our own code) of the shape of karpathy/minGPT, mingpt/model.py, CausalSelfAttention.forward:
// att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1))); att = att.masked_fill(self.bias[:,:,:T,:T] == 0,
// float('-inf')); att = F.softmax(att, dim=-1).
// Layout: the (B, nh, T, T) score tensor as one flat float[] with computed strides; masked_fill then softmax in place.
// Correct.
using System;

namespace Recreations.MinGpt_CausalAttentionFlat;

/// <summary>The mask-and-softmax step of minGPT's attention on a flat (B, nh, T, T) buffer.</summary>
public static class CausalSelfAttention
{
    /// <summary>Masks the future (j &gt; i) and softmaxes every (b, h, i) row along the last dimension, in place.</summary>
    public static void MaskedSoftmax(float[] att, int batch, int heads, int T)
    {
        int strideB = heads * T * T;
        int strideH = T * T;
        int strideRow = T;
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                for (int i = 0; i < T; i++)
                {
                    int row = b * strideB + h * strideH + i * strideRow;
                    for (int j = i + 1; j < T; j++)
                    {
                        att[row + j] = float.NegativeInfinity;
                    }

                    float rowMax = float.NegativeInfinity;
                    for (int j = 0; j < T; j++)
                    {
                        rowMax = Math.Max(rowMax, att[row + j]);
                    }

                    float denom = 0f;
                    for (int j = 0; j < T; j++)
                    {
                        att[row + j] = MathF.Exp(att[row + j] - rowMax);
                        denom += att[row + j];
                    }

                    for (int j = 0; j < T; j++)
                    {
                        att[row + j] /= denom;
                    }
                }
            }
        }
    }
}
