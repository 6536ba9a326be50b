// Source: GE2E speaker-verification loss, softmax variant (Wan et al. 2018): S[j, i, k] softmaxed over centroids k.
// Layout: rank-3 double[speakers, utterances, speakers]; the peaks are gathered first into a double[utterances,
// centroids] table, then each utterance row is exponentiated and normalised.
// Bug: LG0004, the peak for (i, k) is taken over the speaker axis j (every speaker's utterance i against centroid k),
// while the sum runs over the centroids k of one utterance.
using System;

namespace HeldOut24.Ge2ePeak;

/// <summary>GE2E softmax with a per-centroid peak table.</summary>
public static class Ge2eCentroidPeaks
{
    /// <summary>For each utterance, the probability of every speaker centroid.</summary>
    public static double[,,] CentroidProbabilities(double[,,] similarity)
    {
        int speakers = similarity.GetLength(0), utterances = similarity.GetLength(1), centroids = similarity.GetLength(2);
        var peak = new double[utterances, centroids];
        for (int i = 0; i < utterances; i++)
        {
            for (int k = 0; k < centroids; k++)
            {
                double m = double.NegativeInfinity;
                for (int j = 0; j < speakers; j++)
                {
                    m = Math.Max(m, similarity[j, i, k]); //~ LG0004
                }

                peak[i, k] = m;
            }
        }

        var probabilities = new double[speakers, utterances, centroids];
        for (int j = 0; j < speakers; j++)
        {
            for (int i = 0; i < utterances; i++)
            {
                double z = 0;
                for (int k = 0; k < centroids; k++)
                {
                    probabilities[j, i, k] = Math.Exp(similarity[j, i, k] - peak[i, k]);
                    z += probabilities[j, i, k];
                }

                for (int k = 0; k < centroids; k++)
                {
                    probabilities[j, i, k] /= z;
                }
            }
        }

        return probabilities;
    }
}
