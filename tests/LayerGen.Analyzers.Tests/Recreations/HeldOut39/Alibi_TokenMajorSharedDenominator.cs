// Idiom: ALiBi attention over a token-major score buffer (all heads of one query side by side); causal, bias
//        -slope_h * (i - j); the denominator hoisted out of the head loop
// Layout: token-major flat float[] scores [T, H, T] at (i * H + h) * T + j, slopes passed in
// Bug (LG0002): `denom` is reset per query but accumulates over every head, so each head's row is divided by the sum of all heads
using System;

namespace HeldOut39.Alibi_TokenMajorSharedDenominator;

public static class AlibiTokenMajor
{
    public static void Softmax(float[] scores, float[] probs, float[] slopes, int seqLen)
    {
        int nHeads = slopes.Length;
        for (int i = 0; i < seqLen; i++)
        {
            float denom = 0f;
            for (int h = 0; h < nHeads; h++)
            {
                int off = (i * nHeads + h) * seqLen;
                float mx = float.NegativeInfinity;
                for (int j = 0; j <= i; j++)
                {
                    mx = MathF.Max(mx, scores[off + j] - slopes[h] * (i - j));
                }
                for (int j = 0; j <= i; j++)
                {
                    probs[off + j] = MathF.Exp(scores[off + j] - slopes[h] * (i - j) - mx);
                    denom += probs[off + j]; //~ LG0002
                }
            }
            for (int h = 0; h < nHeads; h++)
            {
                int off = (i * nHeads + h) * seqLen;
                for (int j = 0; j < seqLen; j++)
                {
                    probs[off + j] = j <= i ? probs[off + j] / denom : 0f;
                }
            }
        }
    }
}
