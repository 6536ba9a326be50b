// Variant (our own code) of SoftMaxActivation.Activation in mdabros/SharpLearning,
// type SharpLearning.Neural.Activations.SoftMaxActivation (Parallel.For over rows, max and sum inside the
// lambda) after the max was moved out of the lambda "to compute it once": it is now taken over the whole
// batch before Parallel.For.
// Layout: row-major float[batch, classes], rows processed in a Parallel.For lambda. Bug (LG0001): the
// captured max spans every row; the sum inside the lambda is per row.
using System;
using System.Threading.Tasks;

namespace Recreations.SharpLearningParallelForOuterMax;

public static class SoftMaxActivation
{
    public static void Activation(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float max = float.MinValue;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                if (x[i, j] > max) //~ LG0001
                {
                    max = x[i, j];
                }
            }
        }

        Parallel.For(0, rows, i =>
        {
            float rowSum = 0f;
            for (int j = 0; j < cols; j++)
            {
                x[i, j] = MathF.Exp(x[i, j] - max);
                rowSum += x[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                x[i, j] /= rowSum;
            }
        });
    }
}
