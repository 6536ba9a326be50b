// HeldOut15 — LmPerplexity_RawLogPartition
// Source: language-model perplexity evaluation, a textbook port: log p(y) = z_y − log Σ_v exp(z_v).
// Layout: per-step logits as IReadOnlyList<ReadOnlyMemory<float>> (one Memory slice per generated
// token); targets int[]; per-token log-probabilities double[].
// Bug (LG0003): the log-partition sums the raw exponentials of the logits (no max subtracted), so a
// logit above ~709 (double exp of a float) gives log Σ = ∞.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class LmPerplexity_RawLogPartition
{
    /// <summary>Perplexity of the targets; per-token log-probabilities go to tokenLogProbs.</summary>
    public static double Perplexity(IReadOnlyList<ReadOnlyMemory<float>> steps, int[] targets, double[] tokenLogProbs)
    {
        double nll = 0;
        for (int t = 0; t < steps.Count; t++)
        {
            ReadOnlySpan<float> z = steps[t].Span;
            double partition = 0;
            foreach (float v in z) partition += Math.Exp(v); //~ LG0003
            tokenLogProbs[t] = z[targets[t]] - Math.Log(partition);
            nll -= tokenLogProbs[t];
        }
        return Math.Exp(nll / steps.Count);
    }
}
