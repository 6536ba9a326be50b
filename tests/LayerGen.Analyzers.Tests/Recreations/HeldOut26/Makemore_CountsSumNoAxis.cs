// Re-creation (our own code) of the shape of karpathy/makemore, part 4 forward pass (logit_maxes, norm_logits, counts,
// counts_sum, counts_sum_inv, probs), ported with `counts.sum()` (the dim and keepdims arguments dropped).
// Layout: float[batch, vocab], materialised intermediates; a per-example max, a scalar counts_sum.
// Bug (LG0002): counts_sum is the total over the whole batch, so no example's probabilities sum to 1.
using System;

namespace Recreations.Makemore_CountsSumNoAxis;

/// <summary>makemore's broken-out softmax, batch version.</summary>
public static class BrokenOutSoftmax
{
    /// <summary>probs = counts * counts_sum_inv.</summary>
    public static float[,] Probabilities(float[,] logits)
    {
        int n = logits.GetLength(0), vocab = logits.GetLength(1);
        var logitMaxes = new float[n];
        for (int b = 0; b < n; b++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < vocab; c++) m = MathF.Max(m, logits[b, c]);
            logitMaxes[b] = m;
        }

        var counts = new float[n, vocab];
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                counts[b, c] = MathF.Exp(logits[b, c] - logitMaxes[b]);

        float countsSum = 0f;
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                countsSum += counts[b, c]; //~ LG0002

        float countsSumInv = 1f / countsSum;
        var probs = new float[n, vocab];
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                probs[b, c] = counts[b, c] * countsSumInv;

        return probs;
    }
}
