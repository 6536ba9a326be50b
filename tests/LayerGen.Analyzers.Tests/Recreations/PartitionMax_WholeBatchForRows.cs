// Variant of PartitionMax_OneDistribution.cs with a bug: the buffer is a row-major batch [rows, cols] of samples,
// the maximum is still merged from parallel partitions of the whole buffer, but each row is divided by its own sum:
// one batch-wide maximum for per-row softmaxes, so a row far below the batch maximum underflows to 0 / 0.
using System;
using System.Threading.Tasks;

namespace Recreations.PartitionMaxWholeBatchForRows;

public static class Partitions
{
    public static void ThreadLocalMax(float[] logits, float[] probabilities, int cols)
    {
        int rows = logits.Length / cols;
        float max = float.NegativeInfinity;
        var gate = new object();
        Parallel.For(
            0,
            logits.Length,
            () => float.NegativeInfinity,
            (i, _, local) => MathF.Max(local, logits[i]),
            local =>
            {
                lock (gate)
                {
                    max = MathF.Max(max, local); //~ LG0001
                }
            });

        for (int r = 0; r < rows; r++)
        {
            float total = 0f;
            for (int c = 0; c < cols; c++)
            {
                probabilities[r * cols + c] = MathF.Exp(logits[r * cols + c] - max);
                total += probabilities[r * cols + c];
            }

            for (int c = 0; c < cols; c++) probabilities[r * cols + c] /= total;
        }
    }
}
