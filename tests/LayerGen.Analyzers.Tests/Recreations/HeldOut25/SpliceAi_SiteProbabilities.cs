// Source: SpliceAI (Jaganathan et al. 2019; Illumina/SpliceAI), per-nucleotide softmax over {neither, acceptor, donor}
//         on the model's channel-last output (re-created shape, our own code).
// Layout: flat ReadOnlySpan<float> [positions · 3] (channel last), output Span<float>; the three classes unrolled, the
//         peak as nested `MathF.Max`.
// Label: Correct.
using System;

namespace HeldOut25.SpliceAi;

/// <summary>Splice-site class probabilities per nucleotide.</summary>
public static class SiteProbabilities
{
    /// <summary>Writes softmax(neither, acceptor, donor) for every position.</summary>
    public static void Compute(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        for (int at = 0; at + 2 < logits.Length; at += 3)
        {
            float neither = logits[at];
            float acceptor = logits[at + 1];
            float donor = logits[at + 2];
            float top = MathF.Max(neither, MathF.Max(acceptor, donor));
            float e0 = MathF.Exp(neither - top);
            float e1 = MathF.Exp(acceptor - top);
            float e2 = MathF.Exp(donor - top);
            float s = e0 + e1 + e2;
            probabilities[at] = e0 / s;
            probabilities[at + 1] = e1 / s;
            probabilities[at + 2] = e2 / s;
        }
    }
}
