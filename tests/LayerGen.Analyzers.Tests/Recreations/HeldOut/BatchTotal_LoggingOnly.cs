// Re-creation (our own code) of a training-loop softmax that also reports a statistic (log of the partition
// function summed over the batch) next to a row softmax shaped like mdabros/SharpLearning's SoftMaxActivation:
// each row is normalised by its own sum; a batch total of log-sums is only returned for logging.
// Layout: row-major float[rows, cols]; a batch-wide accumulation that is not a denominator. Correct.
using System;

namespace HeldOut.BatchTotalLoggingOnly;

public static class LoggedSoftmax
{
    public static double Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        double logPartitionTotal = 0;
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
                x[i, j] = MathF.Exp(x[i, j] - max);
                sum += x[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                x[i, j] /= sum;
            }

            logPartitionTotal += max + Math.Log(sum);
        }

        return logPartitionTotal;
    }
}
