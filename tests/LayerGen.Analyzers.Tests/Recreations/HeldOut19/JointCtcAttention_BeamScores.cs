// Source: joint CTC/attention decoding (Watanabe et al. 2017; ESPnet `BeamSearch` with `CTCPrefixScorer`, weights
// (1 − λ) for the decoder and λ for CTC): the attention decoder's log-softmax over the vocabulary plus the CTC prefix
// log-probabilities, added to each hypothesis' running score.
// Layout: `ReadOnlySpan<float>` flat [beams · vocab] decoder logits and CTC scores, `Vector<float>` max fold with a
// scalar tail, `do/while` sum, joint scores written to `Span<float>`.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut19;

public static class JointCtcAttentionBeamScores
{
    /// <summary>Joint scores of every (hypothesis, token) extension.</summary>
    public static void Score(
        ReadOnlySpan<float> decoderLogits, ReadOnlySpan<float> ctcLogProbs, ReadOnlySpan<float> hypothesisScores,
        int vocab, float ctcWeight, Span<float> joint)
    {
        int beams = hypothesisScores.Length;
        int width = Vector<float>.Count;
        for (int b = 0; b < beams; b++)
        {
            ReadOnlySpan<float> row = decoderLogits.Slice(b * vocab, vocab);

            float m = float.NegativeInfinity;
            int v = 0;
            if (vocab >= width)
            {
                var lanes = new Vector<float>(row);
                for (v = width; v <= vocab - width; v += width) lanes = Vector.Max(lanes, new Vector<float>(row.Slice(v)));
                for (int lane = 0; lane < width; lane++) m = MathF.Max(m, lanes[lane]);
            }
            for (; v < vocab; v++) m = MathF.Max(m, row[v]);

            float z = 0f;
            int i = 0;
            do
            {
                z += MathF.Exp(row[i] - m);
                i++;
            } while (i < vocab);
            float logZ = m + MathF.Log(z);

            for (int t = 0; t < vocab; t++)
            {
                float attention = row[t] - logZ;
                joint[b * vocab + t] = hypothesisScores[b] + (1f - ctcWeight) * attention + ctcWeight * ctcLogProbs[b * vocab + t];
            }
        }
    }
}
