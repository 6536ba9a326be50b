// Re-creation (our own code) of the shape of karpathy/makemore, part 4 ("becoming a backprop ninja") forward pass:
// logit_maxes = logits.max(1, keepdim=True).values; norm_logits = logits - logit_maxes; counts = norm_logits.exp();
// counts_sum = counts.sum(1, keepdims=True); counts_sum_inv = counts_sum**-1; probs = counts * counts_sum_inv.
// Layout: float[batch, vocab]; every intermediate materialised as its own array, one pass per line of the notebook.
// Correct.
using System;

namespace Recreations.Makemore_ManualBackpropForward;

/// <summary>The intermediates of makemore's broken-out cross-entropy forward pass.</summary>
public sealed class MlpForwardCache
{
    /// <summary>counts * counts_sum_inv.</summary>
    public float[,] Probs { get; private set; } = new float[0, 0];

    /// <summary>counts_sum**-1, one per example, kept for the backward pass.</summary>
    public float[] CountsSumInv { get; private set; } = Array.Empty<float>();

    /// <summary>Runs the broken-out softmax on a batch of logits.</summary>
    public void Forward(float[,] logits)
    {
        int n = logits.GetLength(0), vocab = logits.GetLength(1);
        var logitMaxes = new float[n];
        for (int b = 0; b < n; b++)
        {
            logitMaxes[b] = logits[b, 0];
            for (int c = 1; c < vocab; c++)
            {
                if (logits[b, c] > logitMaxes[b]) logitMaxes[b] = logits[b, c];
            }
        }

        var normLogits = new float[n, vocab];
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                normLogits[b, c] = logits[b, c] - logitMaxes[b];

        var counts = new float[n, vocab];
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                counts[b, c] = MathF.Exp(normLogits[b, c]);

        var countsSum = new float[n];
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                countsSum[b] += counts[b, c];

        CountsSumInv = new float[n];
        for (int b = 0; b < n; b++)
            CountsSumInv[b] = 1f / countsSum[b];

        Probs = new float[n, vocab];
        for (int b = 0; b < n; b++)
            for (int c = 0; c < vocab; c++)
                Probs[b, c] = counts[b, c] * CountsSumInv[b];
    }
}
