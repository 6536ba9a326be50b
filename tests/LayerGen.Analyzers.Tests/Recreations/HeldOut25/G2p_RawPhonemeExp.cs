// Source: grapheme-to-phoneme conversion (DeepPhonemizer / g2p-seq2seq shape), phoneme posteriors per input character
//         (re-created shape, our own code).
// Layout: row-major double[positions, phonemes]; a static local function `Weight` wraps the exp and is called per cell.
// Label: LG0003 — `Weight` exponentiates the raw logit, no maximum subtracted (overflow to ∞, then NaN).
using System;

namespace HeldOut25.G2p;

/// <summary>Phoneme posteriors per position, row by row.</summary>
public static class RawPhonemeExp
{
    /// <summary>Returns the normalised exp of each row of <paramref name="logits"/>.</summary>
    public static double[,] Compute(double[,] logits)
    {
        int positions = logits.GetLength(0);
        int phonemes = logits.GetLength(1);
        var p = new double[positions, phonemes];
        for (int t = 0; t < positions; t++)
        {
            double z = 0.0;
            for (int k = 0; k < phonemes; k++)
            {
                p[t, k] = Weight(logits[t, k]); //~ LG0003
                z += p[t, k];
            }

            for (int k = 0; k < phonemes; k++)
            {
                p[t, k] /= z;
            }
        }

        return p;

        static double Weight(double logit) => Math.Exp(logit);
    }
}
