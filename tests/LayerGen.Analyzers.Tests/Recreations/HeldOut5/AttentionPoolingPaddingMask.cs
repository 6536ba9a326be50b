// Source: attention pooling over token embeddings in C# sentence-embedding pipelines (ONNX tokenizer output with an
// attention_mask of 1/0 per token). Layout: flat float[batch, seq] scores + int[batch, seq] mask; softmax per sentence
// over its real tokens. Correct: padded tokens skipped in max and sum; an all-padding row gets zeros.
using System;

namespace LayerGen.Recreations.HeldOut5.AttentionPoolingPaddingMaskNs;

public static class AttentionPoolingPaddingMask
{
    public static float[] Weights(float[] scores, int[] mask, int batch, int seq)
    {
        var w = new float[scores.Length];
        for (int b = 0; b < batch; b++)
        {
            int o = b * seq;
            float m = float.NegativeInfinity;
            for (int t = 0; t < seq; t++)
            {
                if (mask[o + t] != 0 && scores[o + t] > m) m = scores[o + t];
            }
            if (float.IsNegativeInfinity(m)) continue;
            float z = 0f;
            for (int t = 0; t < seq; t++)
            {
                if (mask[o + t] == 0) continue;
                w[o + t] = MathF.Exp(scores[o + t] - m);
                z += w[o + t];
            }
            for (int t = 0; t < seq; t++) w[o + t] /= z;
        }
        return w;
    }
}
