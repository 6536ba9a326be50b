// Source: DeBERTa disentangled attention (He et al. 2021), pointer port whose row sum is declared with the other
// accumulators above the query loop.
// Layout: unsafe float* buffers with a running row pointer.
// Bug: LG0002 — the denominator is never reset between query rows.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class DeBerta_SumNeverReset
{
    public static unsafe void Softmax(float* c2c, float* c2p, float* p2c, float* probs, int queries, int keys, float scale)
    {
        float* o = probs;
        float sum = 0f;
        for (int i = 0; i < queries; i++, o += keys)
        {
            int baseIndex = i * keys;
            float top = float.NegativeInfinity;
            for (int j = 0; j < keys; j++)
            {
                o[j] = (c2c[baseIndex + j] + c2p[baseIndex + j] + p2c[baseIndex + j]) * scale;
                top = MathF.Max(top, o[j]);
            }
            for (int j = 0; j < keys; j++)
            {
                o[j] = MathF.Exp(o[j] - top);
                sum += o[j]; //~ LG0002
            }
            for (int j = 0; j < keys; j++)
                o[j] /= sum;
        }
    }
}
