// Idiom: batched top-k sampling for several generation streams: keep each stream's k best tokens, softmax over them
// Layout: logits double[streams, vocab] (row-major 2D), kept ids per stream via LINQ OrderByDescending/Take
// Bug (LG0003): exp of the kept raw logits, no max subtracted
using System;
using System.Linq;

namespace HeldOut44.TopK_RawKeptLogits;

public static class BatchedTopK
{
    public static double[,] Distributions(double[,] logits, int k)
    {
        int streams = logits.GetLength(0), vocab = logits.GetLength(1);
        var probs = new double[streams, vocab];
        for (int s = 0; s < streams; s++)
        {
            int[] keep = Enumerable.Range(0, vocab).OrderByDescending(v => logits[s, v]).Take(k).ToArray();
            double z = 0;
            foreach (int id in keep)
            {
                probs[s, id] = Math.Exp(logits[s, id]); //~ LG0003
                z += probs[s, id];
            }
            foreach (int id in keep)
                probs[s, id] /= z;
        }
        return probs;
    }
}
