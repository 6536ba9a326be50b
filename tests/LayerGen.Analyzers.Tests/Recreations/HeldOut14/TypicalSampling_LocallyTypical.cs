// Source: locally typical sampling (Meier et al. 2023, "Locally Typical Sampling"; Hugging Face
// `TypicalLogitsWarper`): log-softmax, entropy, keep the tokens whose surprisal is closest to the entropy until the
// kept mass reaches `mass`.
// Layout: one step's logits as ReadOnlySpan<double>; log-sum-exp with its own maximum; probabilities written to a
// Span<double>; the kept set returned as a bool[] (sorting over an index array).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class TypicalSampling_LocallyTypical
{
    public static bool[] Keep(ReadOnlySpan<double> scores, double mass, Span<double> probs)
    {
        int n = scores.Length;
        double m = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
            m = Math.Max(m, scores[i]);
        double z = 0;
        for (int i = 0; i < n; i++)
            z += Math.Exp(scores[i] - m);
        double logNormaliser = m + Math.Log(z);

        double entropy = 0;
        var logp = new double[n];
        for (int i = 0; i < n; i++)
        {
            logp[i] = scores[i] - logNormaliser;
            probs[i] = Math.Exp(logp[i]);
            entropy -= probs[i] * logp[i];
        }

        var order = new int[n];
        var deviation = new double[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            deviation[i] = Math.Abs(-logp[i] - entropy);
        }
        Array.Sort((double[])deviation.Clone(), order);

        var keep = new bool[n];
        double kept = 0;
        foreach (int i in order)
        {
            keep[i] = true;
            kept += probs[i];
            if (kept >= mass) break;
        }
        return keep;
    }
}
