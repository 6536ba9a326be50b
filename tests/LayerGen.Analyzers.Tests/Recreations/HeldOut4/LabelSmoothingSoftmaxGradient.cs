// Source: softmax cross-entropy with label smoothing in C# training code (ConvNetSharp/SharpLearning-style loss
// layers with a smoothing epsilon): gradient = softmax(x) - ((1 - eps) * onehot + eps / K), per sample.
// Layout: row-major [batch, classes] float; per-sample max and sum; integer labels.
// Correct.
using System;

namespace LayerGen.HeldOut4.LabelSmoothingSoftmaxGradient;

public static class SmoothedCrossEntropy
{
    public static void Gradient(float[] logits, int[] labels, float[] grad, int batch, int classes, float epsilon)
    {
        float offTarget = epsilon / classes;
        for (int n = 0; n < batch; n++)
        {
            int row = n * classes;
            float maxLogit = float.MinValue;
            for (int k = 0; k < classes; k++)
                maxLogit = MathF.Max(maxLogit, logits[row + k]);

            float partition = 0f;
            for (int k = 0; k < classes; k++)
                partition += MathF.Exp(logits[row + k] - maxLogit);

            for (int k = 0; k < classes; k++)
            {
                float p = MathF.Exp(logits[row + k] - maxLogit) / partition;
                float target = (k == labels[n] ? 1f - epsilon : 0f) + offTarget;
                grad[row + k] = p - target;
            }
        }
    }
}
