// Source: Global Style Tokens (Wang et al. 2018; Tacotron-GST `STL`): per head, a softmax over the style tokens.
// Layout: flat float[] [heads · tokens], Span head slices; the peak is folded over the whole flat buffer first.
// Bug: LG0001 — the max spans every head's scores, not the one head's tokens.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class GstStyleTokens_PeakOverAllHeads
{
    public static void TokenWeights(float[] scores, int tokens, float[] weights)
    {
        float peak = float.MinValue;
        for (int i = 0; i < scores.Length; i++)
        {
            peak = MathF.Max(peak, scores[i]); //~ LG0001
        }

        for (int h = 0; h < scores.Length / tokens; h++)
        {
            ReadOnlySpan<float> s = scores.AsSpan(h * tokens, tokens);
            Span<float> w = weights.AsSpan(h * tokens, tokens);
            float z = 0f;
            for (int i = 0; i < tokens; i++)
            {
                w[i] = MathF.Exp(s[i] - peak);
                z += w[i];
            }

            for (int i = 0; i < tokens; i++)
            {
                w[i] /= z;
            }
        }
    }
}
