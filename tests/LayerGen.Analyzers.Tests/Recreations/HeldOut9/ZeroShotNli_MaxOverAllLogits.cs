// Source: Hugging Face zero-shot classification post-processing (single-label), re-created as a C# port that
// stabilises with "the max logit of the model output".
// Layout: float[sequences * labels, 3] NLI logits, softmax over labels of the entailment column per sequence.
// Bug (LG0001): the max spans every logit of the output (all three NLI classes of every sequence), not one
// sequence's entailment logits.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class ZeroShotNli_MaxOverAllLogits
{
    public static float[,] LabelScores(float[,] nliLogits, int labels)
    {
        int pairs = nliLogits.GetLength(0);
        int sequences = pairs / labels;
        float maxLogit = float.MinValue;
        for (int r = 0; r < pairs; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                maxLogit = Math.Max(maxLogit, nliLogits[r, c]); //~ LG0001
            }
        }

        var scores = new float[sequences, labels];
        for (int s = 0; s < sequences; s++)
        {
            float total = 0f;
            for (int l = 0; l < labels; l++)
            {
                scores[s, l] = MathF.Exp(nliLogits[s * labels + l, 2] - maxLogit);
                total += scores[s, l];
            }

            for (int l = 0; l < labels; l++)
            {
                scores[s, l] /= total;
            }
        }

        return scores;
    }
}
