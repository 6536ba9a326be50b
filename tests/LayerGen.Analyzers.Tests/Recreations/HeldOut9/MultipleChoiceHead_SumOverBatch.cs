// Source: multiple-choice QA heads (SWAG / RACE post-processing), re-created as a two-pass port: exponentiate per
// question, then normalise "the probabilities" in one flat pass.
// Layout: float[] logits [questions * choices], per-question max, LINQ Sum over the whole buffer.
// Bug (LG0002): the normaliser is the sum over every question in the batch.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public static class MultipleChoiceHead_SumOverBatch
{
    public static float[] ChoiceProbabilities(float[] logits, int choices)
    {
        var probs = new float[logits.Length];
        for (int q = 0; q < logits.Length / choices; q++)
        {
            int o = q * choices;
            float m = logits[o];
            for (int c = 1; c < choices; c++)
            {
                if (logits[o + c] > m) m = logits[o + c];
            }

            for (int c = 0; c < choices; c++)
            {
                probs[o + c] = MathF.Exp(logits[o + c] - m);
            }
        }

        float norm = probs.Sum(); //~ LG0002
        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] /= norm;
        }

        return probs;
    }
}
