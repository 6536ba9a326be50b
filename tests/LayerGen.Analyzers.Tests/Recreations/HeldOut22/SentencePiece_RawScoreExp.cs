// Source: re-creates the shape of subword-regularisation sampling over an n-best list of segmentations (Kudo 2018,
// SentencePiece's unigram model): P(segmentation) ∝ exp(α · log-likelihood of the segmentation).
// Layout: one List<(string[] Pieces, float Score)> n-best list per word, deconstructed foreach, float / MathF.
// Label: LG0003 — the scores are exponentiated as they are, with no maximum subtracted, so long words (scores far below
// zero) underflow to 0/0 and large scores overflow.
using System;
using System.Collections.Generic;

namespace HeldOut22.SentencePiece_RawScoreExp;

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
            var probabilities = new float[candidates.Count];
            float norm = 0f;
            int k = 0;
            foreach (var (_, score) in candidates)
            {
                probabilities[k] = MathF.Exp(alpha * score); //~ LG0003
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
