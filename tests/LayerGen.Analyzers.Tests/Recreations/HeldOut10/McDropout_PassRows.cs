// Re-creation (our own code) of the shape of Monte-Carlo dropout prediction (Gal & Ghahramani 2016; the usual
// "run T stochastic passes, softmax each, average" loop of uncertainty tutorials and Keras/PyTorch MC-dropout code).
// Layout: float[T, B, C] rank 3 (pass, sample, class), softmax over the last axis in a static local function,
// predictive mean written to float[B, C].
// Correct: every (pass, sample) row is shifted by its own maximum.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class McDropoutPassRows
{
    public static void Predict(float[,,] passLogits, float[,,] passProbabilities, float[,] mean)
    {
        int passes = passLogits.GetLength(0);
        int samples = passLogits.GetLength(1);
        int classes = passLogits.GetLength(2);

        for (int t = 0; t < passes; t++)
            for (int b = 0; b < samples; b++)
                SoftmaxRow(passLogits, passProbabilities, t, b, classes);

        for (int b = 0; b < samples; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                float acc = 0f;
                for (int t = 0; t < passes; t++)
                    acc += passProbabilities[t, b, c];
                mean[b, c] = acc / passes;
            }
        }

        static void SoftmaxRow(float[,,] logits, float[,,] probabilities, int t, int b, int classes)
        {
            float max = logits[t, b, 0];
            for (int c = 1; c < classes; c++)
                max = MathF.Max(max, logits[t, b, c]);

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                probabilities[t, b, c] = MathF.Exp(logits[t, b, c] - max);
                sum += probabilities[t, b, c];
            }

            float inverse = 1f / sum;
            for (int c = 0; c < classes; c++)
                probabilities[t, b, c] *= inverse;
        }
    }
}
