// Re-creation (our own code) of kowaliszyn-pl/ml-csharp, src/NeuralNetworks/Losses/SoftmaxCrossEntropyLoss.cs:
// the probabilities come from a Softmax() helper over the float[,] prediction, are clipped to [eps, 1 - eps]
// "to avoid log(0)", and the loss is -sum(target * log(p)) / batch.
// Layout: row-major float[batch, classes]; softmax in a private helper of the same type (one level deep).
// Bug (LG0005): the clip hides the -inf but caps the per-sample loss at -log(eps) and zeroes its gradient.
using System;

namespace Recreations.Backward.KowaliszynClippedLogHelper;

public sealed class SoftmaxCrossEntropyLoss
{
    private readonly float _eps = 1e-7f;

    public float Loss(float[,] prediction, float[,] target)
    {
        float[,] p = Softmax(prediction);
        int rows = p.GetLength(0), cols = p.GetLength(1);
        float sum = 0f;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                sum += -target[i, j] * MathF.Log(Math.Clamp(p[i, j], _eps, 1 - _eps)); //~ LG0005
            }
        }

        return sum / rows;
    }

    private static float[,] Softmax(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var result = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float max = x[i, 0];
            for (int j = 1; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]);
            }

            float total = 0f;
            for (int j = 0; j < cols; j++)
            {
                result[i, j] = MathF.Exp(x[i, j] - max);
                total += result[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                result[i, j] /= total;
            }
        }

        return result;
    }
}
