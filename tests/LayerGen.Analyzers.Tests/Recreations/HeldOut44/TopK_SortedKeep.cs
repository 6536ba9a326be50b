// Idiom: top-k sampling in a text generator: keep the k highest-scoring tokens, softmax over them, draw one
// Layout: one step's logits float[vocab], token ids sorted by descending logit (Array.Sort with negated keys)
// Correct
using System;

namespace HeldOut44.TopK_SortedKeep;

public static class TopKSampler
{
    public static float[] TopKDistribution(float[] logits, int k)
    {
        int vocab = logits.Length;
        var keys = new float[vocab];
        var ids = new int[vocab];
        for (int v = 0; v < vocab; v++)
        {
            keys[v] = -logits[v];
            ids[v] = v;
        }
        Array.Sort(keys, ids);

        int kept = Math.Min(k, vocab);
        float top = logits[ids[0]];
        var probs = new float[vocab];
        float norm = 0f;
        for (int r = 0; r < kept; r++)
        {
            float e = MathF.Exp(logits[ids[r]] - top);
            probs[ids[r]] = e;
            norm += e;
        }
        for (int r = 0; r < kept; r++) probs[ids[r]] /= norm;
        return probs;
    }

    public static int Sample(float[] logits, int k, Random rng)
    {
        float[] probs = TopKDistribution(logits, k);
        float u = (float)rng.NextDouble();
        int last = 0;
        for (int v = 0; v < probs.Length; v++)
        {
            if (probs[v] == 0f) continue;
            last = v;
            u -= probs[v];
            if (u <= 0f) return v;
        }
        return last;
    }
}
