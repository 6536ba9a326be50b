// Source: self-attentive knowledge tracing (SAKT, Pandey & Karypis 2019): multi-head attention of each exercise over
// the student's past interactions, with a causal mask (an exercise attends to interactions 0..i only).
// Layout: one flat float[] [batch, heads, seq, seq] of scaled scores; Parallel.For over (student, head) pairs.
// Correct: each query row is shifted by the maximum of its visible (causal) keys; masked keys get weight 0.
using System;
using System.Threading.Tasks;

namespace HeldOut23.KnowledgeTracing;

/// <summary>Causal multi-head attention weights of SAKT.</summary>
public static class CausalHeads
{
    /// <summary>Attention weights of every head, same layout as <paramref name="scores"/>.</summary>
    public static float[] Weights(float[] scores, int batch, int heads, int seq)
    {
        var weights = new float[scores.Length];
        Parallel.For(0, batch * heads, bh =>
        {
            int block = bh * seq * seq;
            for (int q = 0; q < seq; q++)
            {
                int row = block + q * seq;
                float max = float.NegativeInfinity;
                for (int k = 0; k <= q; k++)
                {
                    max = MathF.Max(max, scores[row + k]);
                }

                float sum = 0f;
                for (int k = 0; k <= q; k++)
                {
                    weights[row + k] = MathF.Exp(scores[row + k] - max);
                    sum += weights[row + k];
                }

                for (int k = 0; k <= q; k++)
                {
                    weights[row + k] /= sum;
                }

                for (int k = q + 1; k < seq; k++)
                {
                    weights[row + k] = 0f;
                }
            }
        });

        return weights;
    }
}
