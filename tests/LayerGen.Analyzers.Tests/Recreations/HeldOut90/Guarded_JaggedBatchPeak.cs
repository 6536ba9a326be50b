// Idiom: guard clauses per row (ArgumentNullException.ThrowIfNull on every row, ThrowIfZero on its length) while scanning for the peak.
// Use: scoring endpoint that validates a jagged batch and returns fresh probability rows.
// Layout: jagged double[batch][classes].
// Bug (LG0001): the peak is scanned once over every row of the batch while each row is its own softmax.
// Our own code.
using System;

namespace HeldOut90.Guarded_JaggedBatchPeak;

public static class ScoringEndpoint
{
    public static double[][] Normalise(double[][] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        double peak = double.MinValue;
        foreach (double[] row in batch)
        {
            ArgumentNullException.ThrowIfNull(row);
            ArgumentOutOfRangeException.ThrowIfZero(row.Length);
            foreach (double v in row)
            {
                if (v > peak) peak = v; //~ LG0001
            }
        }

        var result = new double[batch.Length][];
        for (int i = 0; i < batch.Length; i++)
        {
            double[] row = batch[i];
            var p = new double[row.Length];
            double z = 0;
            for (int k = 0; k < row.Length; k++)
            {
                p[k] = Math.Exp(row[k] - peak);
                z += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= z;
            }

            result[i] = p;
        }

        return result;
    }
}
