// HeldOut15 — LmPerplexity_Evaluation
// Source: language-model perplexity evaluation (HF `evaluate` perplexity metric, fairseq
// `eval_lm`, KenLM-style reports): the mean negative log-likelihood of the target tokens under the
// log-softmax of the logits, perplexity = exp(mean NLL).
// Layout: logits flat float[] [tokens · vocab] row-major; targets int[]; per-token log-probabilities
// double[] (log-softmax at the target, never log of a probability).
// Correct: each token's log-partition is a shifted log-sum-exp (own max, own sum).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class LmPerplexity_Evaluation
{
    /// <summary>Perplexity of the targets; the per-token log-probabilities go to tokenLogProbs.</summary>
    public static double Perplexity(float[] logits, int vocab, int[] targets, double[] tokenLogProbs)
    {
        double nll = 0;
        for (int t = 0; t < targets.Length; t++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(t * vocab, vocab);
            float m = row[0];
            for (int v = 1; v < vocab; v++) m = Math.Max(m, row[v]);
            double sum = 0;
            for (int v = 0; v < vocab; v++) sum += Math.Exp(row[v] - m);
            double logProb = row[targets[t]] - m - Math.Log(sum);
            tokenLogProbs[t] = logProb;
            nll -= logProb;
        }
        return Math.Exp(nll / targets.Length);
    }
}
