// Source: Hugging Face `ZeroShotClassificationPipeline.postprocess` (single-label mode) and its C# ONNX ports:
// each (sequence, candidate label) pair goes through an NLI model with logits [contradiction, neutral, entailment];
// the label scores are the softmax, over the candidate labels, of the entailment logits only.
// Layout: flat float[] [sequences, labels, 3], softmax over labels of column 2 (stride 3, offset 2). Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class ZeroShotNli_EntailmentAcrossLabels
{
    public const int EntailmentId = 2;

    public static float[] LabelScores(float[] nliLogits, int sequences, int labels)
    {
        var scores = new float[sequences * labels];
        for (int s = 0; s < sequences; s++)
        {
            int seqBase = s * labels * 3;
            float best = float.NegativeInfinity;
            for (int l = 0; l < labels; l++)
            {
                best = MathF.Max(best, nliLogits[seqBase + l * 3 + EntailmentId]);
            }

            float total = 0f;
            for (int l = 0; l < labels; l++)
            {
                float e = MathF.Exp(nliLogits[seqBase + l * 3 + EntailmentId] - best);
                scores[s * labels + l] = e;
                total += e;
            }

            for (int l = 0; l < labels; l++)
            {
                scores[s * labels + l] /= total;
            }
        }

        return scores;
    }
}
