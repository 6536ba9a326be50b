// Re-creates the shape of hybrid DNN-HMM decoding input (Kaldi nnet3 `--apply-exp` posteriors and the division by
// pdf priors into scaled likelihoods; Bourlard & Morgan 1994): per frame, p(s | x) = softmax over pdfs of the network
// output, then p(x | s) proportional to p(s | x) / p(s).
// Layout: IReadOnlyList<Memory<float>> one row per frame (in place through .Span), float[] priors.
// Bug (LG0002): the normaliser is declared above the frame loop and sums the exps of the whole utterance; the
// division happens in a second pass over the frames.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public static class KaldiHybrid_UtteranceNormaliser
{
    public static void ScaledLikelihoods(IReadOnlyList<Memory<float>> frames, float[] priors, float[][] scaled)
    {
        float mass = 0f;
        foreach (Memory<float> frame in frames)
        {
            Span<float> row = frame.Span;
            float peak = row[0];
            for (int s = 1; s < row.Length; s++)
                peak = MathF.Max(peak, row[s]);
            for (int s = 0; s < row.Length; s++)
            {
                row[s] = MathF.Exp(row[s] - peak);
                mass += row[s]; //~ LG0002
            }
        }
        for (int t = 0; t < frames.Count; t++)
        {
            Span<float> row = frames[t].Span;
            for (int s = 0; s < row.Length; s++)
            {
                row[s] /= mass;
                scaled[t][s] = row[s] / priors[s];
            }
        }
    }
}
