// Source: generalized end-to-end (GE2E) speaker-verification loss, softmax variant (Wan et al. 2018; the shape of
// common GE2E loss implementations): the scaled cosine similarity S[j, i, k] of utterance i of speaker j to the
// centroid of speaker k is softmaxed over the centroids k.
// Layout: rank-3 double[speakers, utterances, speakers], softmax over the last axis; while loops.
// Correct.
using System;

namespace HeldOut24.Ge2e;

/// <summary>GE2E softmax over speaker centroids.</summary>
public static class Ge2eSoftmax
{
    /// <summary>For each utterance, the probability of every speaker centroid.</summary>
    public static double[,,] CentroidProbabilities(double[,,] similarity)
    {
        int speakers = similarity.GetLength(0), utterances = similarity.GetLength(1), centroids = similarity.GetLength(2);
        var probabilities = new double[speakers, utterances, centroids];
        int j = 0;
        while (j < speakers)
        {
            int i = 0;
            while (i < utterances)
            {
                double best = similarity[j, i, 0];
                int k = 1;
                while (k < centroids)
                {
                    if (similarity[j, i, k] > best)
                    {
                        best = similarity[j, i, k];
                    }

                    k++;
                }

                double denominator = 0;
                k = 0;
                while (k < centroids)
                {
                    double e = Math.Exp(similarity[j, i, k] - best);
                    probabilities[j, i, k] = e;
                    denominator += e;
                    k++;
                }

                k = 0;
                while (k < centroids)
                {
                    probabilities[j, i, k] /= denominator;
                    k++;
                }

                i++;
            }

            j++;
        }

        return probabilities;
    }
}
