// Source: grouped-query attention decode step (Ainslie et al. 2023, "GQA"; llama.cpp / HF `repeat_kv`): query head h
// reads KV head h / (heads / kvHeads); each query head's scores over the cached positions get their own softmax.
// Layout: flat float[] [heads * positions] of one decode step's scores, a per-head peak array filled first, the
// normaliser a scalar per head; the KV group index is only used to pick the value cache.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Gqa_DecodeStep
{
    public static float[] Attend(float[] scores, int heads, int kvHeads, float[][] values, int positions)
    {
        var peak = new float[heads];
        for (int h = 0; h < heads; h++)
        {
            peak[h] = float.NegativeInfinity;
            for (int t = 0; t < positions; t++)
                peak[h] = MathF.Max(peak[h], scores[h * positions + t]);
        }

        int perGroup = heads / kvHeads;
        var output = new float[heads];
        for (int h = 0; h < heads; h++)
        {
            float[] v = values[h / perGroup];
            float z = 0f;
            for (int t = 0; t < positions; t++)
            {
                scores[h * positions + t] = MathF.Exp(scores[h * positions + t] - peak[h]);
                z += scores[h * positions + t];
            }
            float acc = 0f;
            for (int t = 0; t < positions; t++)
            {
                scores[h * positions + t] /= z;
                acc += scores[h * positions + t] * v[t];
            }
            output[h] = acc;
        }
        return output;
    }
}
