// Source: GE2E softmax loss for speaker verification (Wan et al. 2018; Resemblyzer / Real-Time-Voice-Cloning encoder):
//         S[u, k] = w · cos(e_u, c_k) + b, a softmax over the enrolled speakers for each utterance (re-created shape,
//         our own code).
// Layout: float[utterances, speakers] cosines; the scaled row built in a stackalloc'd Span<float>, `MathF.Max` fold.
// Label: Correct.
using System;

namespace HeldOut25.Ge2e;

/// <summary>Speaker posteriors of utterances from their cosine similarity to each speaker centroid.</summary>
public static class SpeakerPosteriors
{
    /// <summary>Returns softmax_k(w · cos[u, k] + b) for every utterance u.</summary>
    public static float[,] Compute(float[,] cosines, float w, float b)
    {
        int utterances = cosines.GetLength(0);
        int speakers = cosines.GetLength(1);
        var posteriors = new float[utterances, speakers];
        Span<float> row = speakers <= 256 ? stackalloc float[speakers] : new float[speakers];
        for (int u = 0; u < utterances; u++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < speakers; k++)
            {
                row[k] = w * cosines[u, k] + b;
                peak = MathF.Max(peak, row[k]);
            }

            float denominator = 0f;
            for (int k = 0; k < speakers; k++)
            {
                row[k] = MathF.Exp(row[k] - peak);
                denominator += row[k];
            }

            for (int k = 0; k < speakers; k++)
            {
                posteriors[u, k] = row[k] / denominator;
            }
        }

        return posteriors;
    }
}
