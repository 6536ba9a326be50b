// Source: course-code log-softmax + NLL in C# (MNIST classifiers): logp = x − log Σ exp(x).
// Layout: flat float[batch, classes], log-softmax per row.
// Bug (LG0003): the log-normaliser sums exp of the raw logits (no max factored out).
using System;

namespace LayerGen.Recreations.HeldOut5.LogSoftmaxNllRawLogSumNs;

public static class LogSoftmaxNllRawLogSum
{
    public static float LogSoftmaxNll(float[] logits, float[] logProbs, int[] targets, int batch, int classes)
    {
        float loss = 0f;
        for (int b = 0; b < batch; b++)
        {
            float acc = 0f;
            for (int c = 0; c < classes; c++)
            {
                acc += MathF.Exp(logits[b * classes + c]); //~ LG0003
            }
            float logZ = MathF.Log(acc);
            for (int c = 0; c < classes; c++)
            {
                logProbs[b * classes + c] = logits[b * classes + c] - logZ;
            }
            loss -= logProbs[b * classes + targets[b]];
        }
        return loss / batch;
    }
}
