// Re-creation (our own code) of a transposing softmax: logits arrive column-major from "Z = W * X"
// (olegtarasov/Retia, Retia/Mathematics/SoftMax.cs keeps [classes, batch]) and probabilities are written
// row-major [batch, classes] for the caller, as the prediction code of BrightWire
// (jdermody/brightwire, BrightWire/ExecutionGraph/Activation/SoftMax.cs, one vector per row) consumes them.
// Layout: read z[k, s], write p[s, k] (transposed access). Correct: per-sample max and sum over k.
using System;

namespace Recreations.TransposedColumnInRowOut;

public static class Predictions
{
    public static float[,] FromLogits(float[,] z)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var p = new float[samples, classes];
        for (int s = 0; s < samples; s++)
        {
            float max = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                if (z[k, s] > max)
                {
                    max = z[k, s];
                }
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                p[s, k] = MathF.Exp(z[k, s] - max);
                sum += p[s, k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[s, k] /= sum;
            }
        }

        return p;
    }
}
