// Source: grapheme-to-phoneme conversion (DeepPhonemizer's forward transformer / CMU g2p-seq2seq decoders): a softmax over
//         the phoneme vocabulary at every output position (re-created shape, our own code).
// Layout: column-major double[phonemes, positions] (the projection W·H, one column per position); softmax down each
//         column, the peak by a ternary.
// Label: Correct.
namespace HeldOut25.G2p;

/// <summary>Phoneme distributions per output position of a G2P model.</summary>
public static class PhonemeDistributions
{
    /// <summary>Returns the softmax down each column (position) of <paramref name="logits"/>.</summary>
    public static double[,] Compute(double[,] logits)
    {
        int phonemes = logits.GetLength(0);
        int positions = logits.GetLength(1);
        var p = new double[phonemes, positions];
        for (int t = 0; t < positions; t++)
        {
            double max = logits[0, t];
            for (int k = 1; k < phonemes; k++)
            {
                max = logits[k, t] > max ? logits[k, t] : max;
            }

            double z = 0.0;
            for (int k = 0; k < phonemes; k++)
            {
                p[k, t] = System.Math.Exp(logits[k, t] - max);
                z += p[k, t];
            }

            for (int k = 0; k < phonemes; k++)
            {
                p[k, t] /= z;
            }
        }

        return p;
    }
}
