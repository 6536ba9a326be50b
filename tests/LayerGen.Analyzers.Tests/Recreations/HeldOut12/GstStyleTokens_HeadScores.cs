// Source: Global Style Tokens (Wang et al. 2018; Tacotron-GST `STL` multi-head attention over the style-token bank):
// per head, a softmax of the reference embedding's scores over the style tokens.
// Layout: flat float[] [heads · tokens], Span head slices, a static local function does one head.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class GstStyleTokens_HeadScores
{
    public static void TokenWeights(float[] scores, int tokens, float[] weights)
    {
        int heads = scores.Length / tokens;
        for (int h = 0; h < heads; h++)
        {
            SoftmaxHead(scores.AsSpan(h * tokens, tokens), weights.AsSpan(h * tokens, tokens));
        }

        static void SoftmaxHead(ReadOnlySpan<float> s, Span<float> w)
        {
            float top = s[0];
            for (int i = 1; i < s.Length; i++)
            {
                top = MathF.Max(top, s[i]);
            }

            float z = 0f;
            for (int i = 0; i < s.Length; i++)
            {
                w[i] = MathF.Exp(s[i] - top);
                z += w[i];
            }

            float inv = 1f / z;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] *= inv;
            }
        }
    }
}
