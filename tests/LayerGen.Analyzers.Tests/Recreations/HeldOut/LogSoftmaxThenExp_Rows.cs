// Re-creation (our own code) of code that keeps log-probabilities (kowaliszyn-pl/ml-csharp's SoftmaxLogSumExp returns
// x - logsumexp) and turns them back into probabilities with exp: the log-softmax is stable, and the exps of the
// log-probabilities are at most 1 and are not divided by anything.
// Layout: row-major float[rows, cols]; logp[i, j] then exp(logp[i, j]). Correct.
using System;

namespace HeldOut.LogSoftmaxThenExpRows;

public static class LogThenExp
{
    public static float[,] Probabilities(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var logp = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[i, j]);
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                sum += MathF.Exp(x[i, j] - max);
            }

            float log = max + MathF.Log(sum);
            for (int j = 0; j < cols; j++)
            {
                logp[i, j] = x[i, j] - log;
            }
        }

        var p = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = MathF.Exp(logp[i, j]);
            }
        }

        return p;
    }
}
