// Source: Transformer-XL relative multi-head attention (Dai et al. 2019; kimiyoung/transformer-xl
//   `RelPartialLearnableMultiHeadAttn`: content term AC plus the rel-shifted positional term BD, keys are the
//   cached memory followed by the current segment, a query sees the memory and the segment up to itself).
// Layout: one head; flat float[] `ac` and unshifted `bd`, both [qlen, klen] with klen = mlen + qlen; the positional
//   score of query i and key j is read through the rel-shift index (j + qlen - 1 - i); keys after i + mlen are
//   masked (probability 0); reverse loop over the visible keys.
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Transformer-XL attention probabilities for one head over memory plus segment.</summary>
public static class TransformerXlRelativeAttention
{
    /// <summary>Writes the attention probabilities [qlen, klen] of one head; masked keys get 0.</summary>
    public static void Probabilities(float[] ac, float[] bd, int qlen, int mlen, float scale, float[] probs)
    {
        int klen = mlen + qlen;
        Array.Clear(probs, 0, qlen * klen);
        for (int i = 0; i < qlen; i++)
        {
            int row = i * klen;
            int lastVisible = i + mlen;
            int shift = qlen - 1 - i;

            float peak = float.NegativeInfinity;
            for (int j = lastVisible; j >= 0; j--)
            {
                float s = (ac[row + j] + bd[row + j + shift]) * scale;
                if (s > peak)
                {
                    peak = s;
                }
            }

            float denominator = 0f;
            for (int j = lastVisible; j >= 0; j--)
            {
                float e = MathF.Exp((ac[row + j] + bd[row + j + shift]) * scale - peak);
                probs[row + j] = e;
                denominator += e;
            }

            float inverse = 1f / denominator;
            for (int j = 0; j <= lastVisible; j++)
            {
                probs[row + j] *= inverse;
            }
        }
    }
}
