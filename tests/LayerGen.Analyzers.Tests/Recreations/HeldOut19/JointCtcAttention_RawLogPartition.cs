// Source: joint CTC/attention decoding (Watanabe et al. 2017; ESPnet `BeamSearch`), the decoder's log-softmax written
// as `x − log Σ exp(x)` with LINQ.
// Layout: jagged `float[][]` decoder logits per hypothesis, `float[][]` CTC prefix scores, jagged joint scores out.
// Bug: LG0003 — the log-partition sums raw exponentials of the decoder logits.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut19;

public static class JointCtcAttentionRawLogPartition
{
    /// <summary>Joint scores of every (hypothesis, token) extension.</summary>
    public static float[][] Score(float[][] decoderLogits, float[][] ctcLogProbs, float[] hypothesisScores, float ctcWeight)
    {
        var joint = new float[decoderLogits.Length][];
        for (int b = 0; b < decoderLogits.Length; b++)
        {
            float[] row = decoderLogits[b];
            float logZ = MathF.Log(row.Sum(x => MathF.Exp(x))); //~ LG0003
            joint[b] = row
                .Select((x, t) => hypothesisScores[b] + (1f - ctcWeight) * (x - logZ) + ctcWeight * ctcLogProbs[b][t])
                .ToArray();
        }
        return joint;
    }
}
