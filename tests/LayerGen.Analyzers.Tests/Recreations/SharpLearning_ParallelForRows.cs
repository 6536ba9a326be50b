// Re-creation (our own code) of SoftMaxActivation.Activation in mdabros/SharpLearning,
// type SharpLearning.Neural.Activations.SoftMaxActivation: Parallel.For over the rows of a batch, the max
// and the row sum computed inside the lambda (the source works on a MathNet Matrix<float>; we use float[,]).
// Layout: row-major float[batch, classes], in place. Correct: max and sum are lambda locals, one per row.
using System;
using System.Threading.Tasks;

namespace Recreations.SharpLearningParallelForRows;

public static class SoftMaxActivation
{
    public static void Activation(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        Parallel.For(0, rows, i =>
        {
            float max = float.MinValue;
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]);
            }

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
