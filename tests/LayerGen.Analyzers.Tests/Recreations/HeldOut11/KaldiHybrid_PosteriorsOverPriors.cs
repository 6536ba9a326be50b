// Re-creates the shape of hybrid DNN-HMM decoding input (Kaldi nnet3 `--apply-exp` posteriors and the division by
// pdf priors into scaled likelihoods; Bourlard & Morgan 1994): per frame, p(s | x) = softmax over pdfs of the network
// output, then p(x | s) proportional to p(s | x) / p(s).
// Layout: IReadOnlyList<Memory<float>> one row per frame (softmax in place through .Span), float[] priors, float[][]
// scaled likelihoods.
// Correct: the max and the sum run over one frame's pdfs.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public static class KaldiHybrid_PosteriorsOverPriors
{
    public static void ScaledLikelihoods(IReadOnlyList<Memory<float>> frames, float[] priors, float[][] scaled)
    {
        for (int t = 0; t < frames.Count; t++)
        {
            Span<float> row = frames[t].Span;
            float peak = row[0];
            for (int s = 1; s < row.Length; s++)
                peak = MathF.Max(peak, row[s]);
            float mass = 0f;
            for (int s = 0; s < row.Length; s++)
            {
                row[s] = MathF.Exp(row[s] - peak);
                mass += row[s];
            }
            for (int s = 0; s < row.Length; s++)
            {
                row[s] /= mass;
                scaled[t][s] = row[s] / priors[s];
            }
        }
    }
}
