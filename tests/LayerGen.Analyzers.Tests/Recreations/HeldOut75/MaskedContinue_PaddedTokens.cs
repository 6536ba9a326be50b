// Idiom: masked entries skipped with early `continue` in every pass; a fully masked row leaves the loop early.
// Use: attention over padded key positions (mask[i] == false marks padding).
// Layout: flat float[queries * keys], row-major, with a bool mask of the same shape.
// Correct: per-row peak and sum over the kept positions only; padding gets probability 0.
// Our own code.
using System;

namespace HeldOut75.MaskedContinue_PaddedTokens;

public static class PaddedAttention
{
    public static void Softmax(float[] scores, bool[] mask, float[] probs, int queries, int keys)
    {
        for (int q = 0; q < queries; q++)
        {
            int off = q * keys;
            float peak = float.NegativeInfinity;
            for (int k = 0; k < keys; k++)
            {
                if (!mask[off + k]) continue;
                if (scores[off + k] > peak) peak = scores[off + k];
            }
            if (float.IsNegativeInfinity(peak))
            {
                Array.Clear(probs, off, keys);
                continue;
            }
            float sum = 0f;
            for (int k = 0; k < keys; k++)
            {
                if (!mask[off + k])
                {
                    probs[off + k] = 0f;
                    continue;
                }
                sum += probs[off + k] = MathF.Exp(scores[off + k] - peak);
            }
            for (int k = 0; k < keys; k++)
            {
                if (!mask[off + k]) continue;
                probs[off + k] /= sum;
            }
        }
    }
}
