// HeldOut63 / ListNet_RaggedQueryOffsets
// Idiom: ListNet top-one probabilities of a learning-to-rank batch: the model's document scores are softmaxed per query
// over that query's variable-length candidate list (Cao et al. 2007, as ranking libraries lay out LETOR batches: one
// flat score buffer and CSR-style query offsets; own code).
// Layout: flat float[] scores, int[] queryStart with query q at queryStart[q]..queryStart[q + 1]; while over queries,
// `if` fold; MathF.Exp.
// Label: Correct (maximum and sum over one query's range).
using System;

namespace HeldOut63.ListNet_RaggedQueryOffsets;

public static class ListNetRagged
{
    public static float[] TopOneProbabilities(float[] scores, int[] queryStart)
    {
        var probs = new float[scores.Length];
        int q = 0;
        while (q + 1 < queryStart.Length)
        {
            int begin = queryStart[q];
            int end = queryStart[q + 1];
            float best = float.NegativeInfinity;
            for (int d = begin; d < end; d++)
            {
                if (scores[d] > best) best = scores[d];
            }

            float z = 0f;
            for (int d = begin; d < end; d++)
            {
                probs[d] = MathF.Exp(scores[d] - best);
                z += probs[d];
            }

            for (int d = begin; d < end; d++)
            {
                probs[d] /= z;
            }

            q++;
        }

        return probs;
    }
}
