// Source: Medusa multi-head speculative candidates (Cai et al. 2024; FasterDecoding/Medusa `generate_candidates`):
// head h predicts the token at offset h + 1; each head's logits are normalised over the vocabulary and its top-k
// tokens kept.
// Layout: flat Memory<float> [heads * vocab], one Span slice per head; a head switched off by the caller is all -inf
// and comes out as zeros (its candidate list stays empty).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Medusa_HeadDistributions
{
    public static int[][] Candidates(Memory<float> logits, int heads, int vocab, Memory<float> probs, int topK)
    {
        var candidates = new int[heads][];
        for (int h = 0; h < heads; h++)
        {
            Span<float> x = logits.Span.Slice(h * vocab, vocab);
            Span<float> p = probs.Span.Slice(h * vocab, vocab);
            float peak = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
                if (x[v] > peak) peak = x[v];
            if (float.IsNegativeInfinity(peak))
            {
                p.Clear();
                candidates[h] = Array.Empty<int>();
                continue;
            }

            float sum = 0f;
            for (int v = 0; v < vocab; v++)
                sum += p[v] = MathF.Exp(x[v] - peak);
            for (int v = 0; v < vocab; v++)
                p[v] /= sum;

            int k = Math.Min(topK, vocab);
            var top = new int[k];
            var used = new bool[vocab];
            for (int c = 0; c < k; c++)
            {
                int arg = -1;
                for (int v = 0; v < vocab; v++)
                    if (!used[v] && (arg < 0 || p[v] > p[arg])) arg = v;
                used[arg] = true;
                top[c] = arg;
            }
            candidates[h] = top;
        }
        return candidates;
    }
}
