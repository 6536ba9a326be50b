// Source: DeBERTa disentangled attention (He et al. 2021; HF `DisentangledSelfAttention`): the score is the sum of
// content→content, content→position and position→content terms, scaled by 1/√(3d), softmax over keys.
// Layout: unsafe float* buffers (three [queries, keys] score terms and the output) with a running row pointer.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class DeBerta_DisentangledScores
{
    public static unsafe void Softmax(float* c2c, float* c2p, float* p2c, float* probs, int queries, int keys, float scale)
    {
        float* o = probs;
        for (int i = 0; i < queries; i++, o += keys)
        {
            int baseIndex = i * keys;
            float top = float.NegativeInfinity;
            for (int j = 0; j < keys; j++)
            {
                o[j] = (c2c[baseIndex + j] + c2p[baseIndex + j] + p2c[baseIndex + j]) * scale;
                top = o[j] > top ? o[j] : top;
            }

            float sum = 0f;
            for (int j = 0; j < keys; j++)
            {
                o[j] = MathF.Exp(o[j] - top);
                sum += o[j];
            }
            float inv = 1f / sum;
            for (int j = 0; j < keys; j++)
                o[j] *= inv;
        }
    }
}
