// Source: Transformer-XL relative attention (Dai et al. 2019; kimiyoung/transformer-xl), the masked softmax over
//   memory plus segment after AC + rel_shift(BD) has been added up by the caller.
// Layout: jagged float[qlen][klen] combined scores, query i sees keys 0..i + mlen; the peak is folded over every
//   visible key of every query of the segment.
// Bug: LG0001 (the peak spans all queries, not the keys of one query).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Transformer-XL masked attention over memory plus segment with one peak for the segment.</summary>
public static class TransformerXlSegmentPeak
{
    /// <summary>Returns the attention probabilities [qlen][klen]; masked keys stay 0.</summary>
    public static float[][] Probabilities(float[][] scores, int mlen)
    {
        int qlen = scores.Length;
        float peak = float.NegativeInfinity;
        for (int i = 0; i < qlen; i++)
        {
            for (int j = 0; j <= i + mlen; j++)
            {
                if (scores[i][j] > peak) peak = scores[i][j]; //~ LG0001
            }
        }

        var probs = new float[qlen][];
        for (int i = 0; i < qlen; i++)
        {
            float[] p = probs[i] = new float[scores[i].Length];
            float sum = 0f;
            for (int j = 0; j <= i + mlen; j++)
            {
                p[j] = MathF.Exp(scores[i][j] - peak);
                sum += p[j];
            }

            for (int j = 0; j <= i + mlen; j++)
            {
                p[j] /= sum;
            }
        }

        return probs;
    }
}
