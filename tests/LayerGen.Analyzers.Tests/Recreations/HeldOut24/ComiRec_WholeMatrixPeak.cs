// Source: ComiRec-SA multi-interest extraction (Cen et al. 2020): softmax over the sequence positions for each interest.
// Layout: float[positions, interests] scores, no padding; the peak folded with foreach over the whole matrix, then
// each interest column normalised down the positions.
// Bug: LG0001, one peak over every position and every interest, not the peak of the interest's own column.
using System;

namespace HeldOut24.ComiRecPeak;

/// <summary>Self-attentive multi-interest weights, one matrix-wide peak.</summary>
public static class InterestAttention
{
    /// <summary>The attention [positions, interests], each interest column a distribution over positions.</summary>
    public static float[,] Attention(float[,] scores)
    {
        int positions = scores.GetLength(0), interests = scores.GetLength(1);
        float top = float.NegativeInfinity;
        foreach (float s in scores)
        {
            top = MathF.Max(top, s); //~ LG0001
        }

        var weights = new float[positions, interests];
        for (int k = 0; k < interests; k++)
        {
            float total = 0f;
            for (int t = 0; t < positions; t++)
            {
                weights[t, k] = MathF.Exp(scores[t, k] - top);
                total += weights[t, k];
            }

            for (int t = 0; t < positions; t++)
            {
                weights[t, k] /= total;
            }
        }

        return weights;
    }
}
