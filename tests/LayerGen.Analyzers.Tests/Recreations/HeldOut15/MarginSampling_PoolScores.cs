// HeldOut15 — MarginSampling_PoolScores
// Source: margin uncertainty sampling for active learning (Scheffer et al. 2001; Settles 2009 survey;
// modAL `margin_sampling`, small-text `BreakingTies`): query the pool examples whose top-two class
// probabilities are closest.
// Layout: pool logits float[pool, classes]; Parallel.For over the pool rows, each with its own
// stackalloc scratch; probabilities float[pool, classes].
// Correct: every pool row is its own softmax (own peak, own sum).
using System;
using System.Linq;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut15;

public static class MarginSampling_PoolScores
{
    /// <summary>Indices of the `batch` smallest-margin pool rows; probabilities written to probs.</summary>
    public static int[] Query(float[,] logits, int batch, float[,] probs)
    {
        int pool = logits.GetLength(0), classes = logits.GetLength(1);
        var margin = new float[pool];
        Parallel.For(0, pool, i =>
        {
            Span<float> e = stackalloc float[classes];
            float peak = logits[i, 0];
            for (int c = 1; c < classes; c++) peak = MathF.Max(peak, logits[i, c]);
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[c] = MathF.Exp(logits[i, c] - peak);
                z += e[c];
            }
            float first = 0f, second = 0f;
            for (int c = 0; c < classes; c++)
            {
                float p = e[c] / z;
                probs[i, c] = p;
                if (p > first) { second = first; first = p; }
                else if (p > second) second = p;
            }
            margin[i] = first - second;
        });
        return Enumerable.Range(0, pool).OrderBy(i => margin[i]).Take(batch).ToArray();
    }
}
