// Source: grouped-query attention decode step (Ainslie et al. 2023; llama.cpp / HF `repeat_kv`), a port that keeps
// its statistics per KV head "because that is what the cache is indexed by".
// Layout: flat float[] [heads * positions] of one decode step's scores; per-head peaks, denominators in a
// float[kvHeads] indexed by h / (heads / kvHeads), divided after all heads are exponentiated.
// Bug LG0002: the denominator of a KV group sums the exponentials of every query head in the group.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Gqa_SumPerKvGroup
{
    public static void Probabilities(float[] scores, int heads, int kvHeads, int positions)
    {
        int perGroup = heads / kvHeads;
        var groupSum = new float[kvHeads];
        for (int h = 0; h < heads; h++)
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < positions; t++)
                peak = MathF.Max(peak, scores[h * positions + t]);
            for (int t = 0; t < positions; t++)
            {
                float e = MathF.Exp(scores[h * positions + t] - peak);
                scores[h * positions + t] = e;
                groupSum[h / perGroup] += e; //~ LG0002
            }
        }
        for (int h = 0; h < heads; h++)
            for (int t = 0; t < positions; t++)
                scores[h * positions + t] /= groupSum[h / perGroup];
    }
}
