// Source: locally typical sampling (Meier et al. 2023; Hugging Face `TypicalLogitsWarper`), a port that builds the
// log-normaliser as log(sum(exp(x))) by hand.
// Layout: one step's logits as ReadOnlySpan<double>; probabilities exp(x - log Z) written to a Span<double>.
// Bug LG0003: exp of the raw logits inside the normaliser (Z overflows to +inf above ~709 and every probability
// becomes 0; Z underflows to 0 below ~-745 and they become +inf).
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class TypicalSampling_RawLogNormaliser
{
    public static double Entropy(ReadOnlySpan<double> scores, Span<double> probs)
    {
        double z = 0;
        for (int i = 0; i < scores.Length; i++)
            z += Math.Exp(scores[i]); //~ LG0003
        double logNormaliser = Math.Log(z);

        double entropy = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double logp = scores[i] - logNormaliser;
            probs[i] = Math.Exp(logp);
            entropy -= probs[i] * logp;
        }
        return entropy;
    }
}
