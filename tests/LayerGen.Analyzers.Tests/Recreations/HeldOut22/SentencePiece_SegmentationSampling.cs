// Source: re-creates the shape of subword-regularisation sampling over an n-best list of segmentations (Kudo 2018,
// SentencePiece's unigram model): P(segmentation) ∝ exp(α · log-likelihood of the segmentation).
// Layout: one List<(string[] Pieces, float Score)> n-best list per word, deconstructed foreach, float / MathF.
// Label: Correct — each word's n-best scores are shifted by that word's own best score.
using System;
using System.Collections.Generic;

namespace HeldOut22.SentencePiece_SegmentationSampling;

/// <summary>Sampling distribution over n-best segmentations.</summary>
public static class SubwordRegulariser
{
    /// <summary>For every word, the probability of each of its n-best segmentations under smoothing alpha.</summary>
    public static float[][] SegmentationProbabilities(IReadOnlyList<List<(string[] Pieces, float Score)>> nbest, float alpha)
    {
        var result = new float[nbest.Count][];
        for (int w = 0; w < nbest.Count; w++)
        {
            var candidates = nbest[w];
            float best = float.NegativeInfinity;
            foreach (var (_, score) in candidates)
            {
                best = MathF.Max(best, score);
            }

            var probabilities = new float[candidates.Count];
            float norm = 0f;
            int k = 0;
            foreach (var (_, score) in candidates)
            {
                probabilities[k] = MathF.Exp(alpha * (score - best));
                norm += probabilities[k];
                k++;
            }

            for (k = 0; k < probabilities.Length; k++)
            {
                probabilities[k] /= norm;
            }

            result[w] = probabilities;
        }

        return result;
    }
}
