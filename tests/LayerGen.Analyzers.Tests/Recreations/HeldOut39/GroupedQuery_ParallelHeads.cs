// Idiom: grouped-query attention at decode time: n_heads query heads share n_kv_heads cached keys
//        (kv head = h / (n_heads / n_kv_heads)), Parallel.For over query heads, scratch scores per head
// Layout: q [n_heads * head_dim], key cache token-major [kvLen, n_kv_heads * head_dim], probs head-major [n_heads * kvLen]
// Correct
using System;
using System.Threading.Tasks;

namespace HeldOut39.GroupedQuery_ParallelHeads;

public static class GqaAttention
{
    public static void Scores(float[] q, float[] keyCache, float[] probs, int nHeads, int nKvHeads, int headDim, int kvLen)
    {
        int groupSize = nHeads / nKvHeads;
        int kvDim = nKvHeads * headDim;
        float scale = 1f / MathF.Sqrt(headDim);
        Parallel.For(0, nHeads, h =>
        {
            int kvHead = h / groupSize;
            var scores = new float[kvLen];
            float max = float.NegativeInfinity;
            for (int t = 0; t < kvLen; t++)
            {
                float dot = 0f;
                for (int d = 0; d < headDim; d++)
                {
                    dot += q[h * headDim + d] * keyCache[t * kvDim + kvHead * headDim + d];
                }
                scores[t] = dot * scale;
                max = MathF.Max(max, scores[t]);
            }

            float sum = 0f;
            for (int t = 0; t < kvLen; t++)
            {
                scores[t] = MathF.Exp(scores[t] - max);
                sum += scores[t];
            }

            for (int t = 0; t < kvLen; t++)
            {
                probs[h * kvLen + t] = scores[t] / sum;
            }
        });
    }
}
