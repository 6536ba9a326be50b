// Re-creation (our own code) of the shape of Monte-Carlo dropout prediction (Gal & Ghahramani 2016), with the shift
// hoisted out of the pass loop "to compute it once per sample".
// Layout: float[T, B, C] (pass, sample, class), predictive mean float[B, C].
// Bug (LG0001): the maximum for sample b runs over every pass and class, not over the classes of one pass; a pass
// whose logits sit far below another pass's underflows to 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class McDropoutMaxOverPasses
{
    public static void Predict(float[,,] passLogits, float[,,] passProbabilities, float[,] mean)
    {
        int passes = passLogits.GetLength(0);
        int samples = passLogits.GetLength(1);
        int classes = passLogits.GetLength(2);

        for (int b = 0; b < samples; b++)
        {
            float max = float.MinValue;
            for (int t = 0; t < passes; t++)
                for (int c = 0; c < classes; c++)
                    max = Math.Max(max, passLogits[t, b, c]); //~ LG0001

            for (int t = 0; t < passes; t++)
            {
                float sum = 0f;
                for (int c = 0; c < classes; c++)
                {
                    passProbabilities[t, b, c] = MathF.Exp(passLogits[t, b, c] - max);
                    sum += passProbabilities[t, b, c];
                }

                for (int c = 0; c < classes; c++)
                {
                    passProbabilities[t, b, c] /= sum;
                    mean[b, c] += passProbabilities[t, b, c] / passes;
                }
            }
        }
    }
}
