// Source: self-attentive knowledge tracing (SAKT, Pandey & Karypis 2019), causal multi-head attention.
// Layout: one flat float[] [batch, heads, seq, seq]; Parallel.For over (student, head) pairs; a peak array per head.
// Bug (LG0004): the shift of key k is its peak over the queries that see it (a column maximum over q ≥ k), while the
// sum and the division run along each query's row — max and sum over different axes.
using System;
using System.Threading.Tasks;

namespace HeldOut23.KnowledgeTracing;

/// <summary>Causal multi-head attention weights of SAKT with a per-interaction shift.</summary>
public static class InteractionShiftedHeads
{
    /// <summary>Attention weights of every head, same layout as <paramref name="scores"/>.</summary>
    public static float[] Weights(float[] scores, int batch, int heads, int seq)
    {
        var weights = new float[scores.Length];
        Parallel.For(0, batch * heads, bh =>
        {
            int block = bh * seq * seq;
            var keyPeak = new float[seq];
            for (int k = 0; k < seq; k++)
            {
                keyPeak[k] = float.NegativeInfinity;
                for (int q = k; q < seq; q++)
                {
                    keyPeak[k] = MathF.Max(keyPeak[k], scores[block + q * seq + k]); //~ LG0004
                }
            }

            for (int q = 0; q < seq; q++)
            {
                int row = block + q * seq;
                float sum = 0f;
                for (int k = 0; k <= q; k++)
                {
                    weights[row + k] = MathF.Exp(scores[row + k] - keyPeak[k]);
                    sum += weights[row + k];
                }

                for (int k = 0; k <= q; k++)
                {
                    weights[row + k] /= sum;
                }
            }
        });

        return weights;
    }
}
