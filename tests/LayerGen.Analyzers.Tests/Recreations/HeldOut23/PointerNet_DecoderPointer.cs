// Source: Pointer Networks (Vinyals, Fortunato & Jaitly 2015), the decoder's pointer distribution over the input
// positions as in TSP / convex-hull re-implementations: u_j = v · tanh(W1 e_j + W2 d_i), p_i = softmax(u).
// Layout: jagged float[steps][positions] of pointer scores, one distribution per decoding step; local function.
// Correct: each step's scores are shifted by that step's own maximum.
using System;

namespace HeldOut23.PointerNetworks;

/// <summary>The pointer distribution of every decoding step over the input positions.</summary>
public static class PointerDecoder
{
    /// <summary>Turns each decoding step's pointer scores into a distribution over the input positions.</summary>
    public static float[][] PointerProbabilities(float[][] pointerScores)
    {
        var probabilities = new float[pointerScores.Length][];
        for (int step = 0; step < pointerScores.Length; step++)
        {
            probabilities[step] = Attend(pointerScores[step]);
        }

        return probabilities;

        static float[] Attend(float[] u)
        {
            float best = float.NegativeInfinity;
            foreach (float score in u)
            {
                if (score > best)
                {
                    best = score;
                }
            }

            var p = new float[u.Length];
            float z = 0f;
            for (int j = 0; j < u.Length; j++)
            {
                p[j] = MathF.Exp(u[j] - best);
                z += p[j];
            }

            for (int j = 0; j < u.Length; j++)
            {
                p[j] /= z;
            }

            return p;
        }
    }
}
