// Source: ComiRec-SA multi-interest extraction (Cen et al. 2020): A = softmax(W2 tanh(W1 H))^T, one attention
// distribution over the sequence positions for each of the K interests; padded positions beyond the sequence length
// are masked out.
// Layout: column-major for the softmax: float[positions, interests] scores, softmax down each interest column over
// the first `length` positions; padded positions get weight 0.
// Correct.
using System;

namespace HeldOut24.ComiRec;

/// <summary>Self-attentive multi-interest weights.</summary>
public static class InterestExtractor
{
    /// <summary>The attention [positions, interests], each interest column a distribution over the valid positions.</summary>
    public static float[,] Attention(float[,] scores, int length)
    {
        int positions = scores.GetLength(0), interests = scores.GetLength(1);
        var weights = new float[positions, interests];
        for (int k = 0; k < interests; k++)
        {
            float top = float.NegativeInfinity;
            for (int t = 0; t < length; t++)
            {
                top = MathF.Max(top, scores[t, k]);
            }

            float total = 0f;
            for (int t = 0; t < length; t++)
            {
                weights[t, k] = MathF.Exp(scores[t, k] - top);
                total += weights[t, k];
            }

            for (int t = 0; t < length; t++)
            {
                weights[t, k] /= total;
            }
        }

        return weights;
    }
}
