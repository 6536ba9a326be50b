// Idiom: grouped-query attention, scores of one kv group's query heads gathered token-major so the group can be
//        processed together; the "stabiliser" is taken per cached key over the group's query heads
// Layout: token-major scores[t * nHeads + h] (a key's scores for every query head side by side); probs the same layout
// Bug (LG0004): `keyMax[t]` runs over the query heads of the group for one key, the sum over the keys for one head
using System;

namespace HeldOut39.GroupedQuery_KeyPeakOverGroup;

public static class GroupedAttention
{
    public static void Normalise(float[] scores, float[] probs, int nHeads, int nKvHeads, int kvLen)
    {
        int groupSize = nHeads / nKvHeads;
        var keyMax = new float[kvLen];
        for (int g = 0; g < nKvHeads; g++)
        {
            int h0 = g * groupSize;
            for (int t = 0; t < kvLen; t++)
            {
                float m = float.NegativeInfinity;
                for (int h = h0; h < h0 + groupSize; h++)
                {
                    m = MathF.Max(m, scores[t * nHeads + h]); //~ LG0004
                }
                keyMax[t] = m;
            }

            for (int h = h0; h < h0 + groupSize; h++)
            {
                float sum = 0f;
                for (int t = 0; t < kvLen; t++)
                {
                    float e = MathF.Exp(scores[t * nHeads + h] - keyMax[t]);
                    probs[t * nHeads + h] = e;
                    sum += e;
                }
                for (int t = 0; t < kvLen; t++)
                {
                    probs[t * nHeads + h] /= sum;
                }
            }
        }
    }
}
