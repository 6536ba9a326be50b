// Variant (our own code) of the flat [B, C] row loop of Loss.CrossEntropy in a DeepSharp repository (per-row
// max and sum of exps over logits.Data[i * C + j]), with the loss taken as -log of the stored probability.
// Layout: flat row-major float buffer [batch, classes], per-row max and sum, double accumulation.
// Bug (LG0005): -Math.Log(softmax[i * C + target]) is +inf once the target's probability underflows.
using System;

namespace Recreations.Backward.DeepSharpBatchNllFlat;

public static class Loss
{
    public static float CrossEntropy(float[] logits, int[] targets, int classes)
    {
        int batch = targets.Length;
        var softmax = new float[logits.Length];
        float total = 0f;
        for (int i = 0; i < batch; i++)
        {
            float max = float.MinValue;
            for (int j = 0; j < classes; j++)
            {
                max = Math.Max(max, logits[i * classes + j]);
            }

            double sumExp = 0.0;
            for (int j = 0; j < classes; j++)
            {
                double e = Math.Exp(logits[i * classes + j] - max);
                softmax[i * classes + j] = (float)e;
                sumExp += e;
            }

            for (int j = 0; j < classes; j++)
            {
                softmax[i * classes + j] = (float)(softmax[i * classes + j] / sumExp);
            }

            total += -MathF.Log(softmax[i * classes + targets[i]]); //~ LG0005
        }

        return total / batch;
    }
}
