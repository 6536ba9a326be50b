// HeldOut59 — ArrayPoolBatch_FlatTotal. Idiom: pooled double scratch (`ArrayPool<double>.Shared`) for the exps of a
// batch of int8 rows; each row is shifted by its own maximum, then a separate flat pass over the used part of the
// rented buffer sums every exp and a second flat pass divides by that one total.
// Use: batched int8 classifier, probabilities in double for a downstream calibration step.
// Layout: IReadOnlyList<sbyte[]> rows in, flat double[] out [batch * classes] with offset b * classes.
// Bug: LG0002 (the normaliser sums the whole batch, not one row).
using System;
using System.Buffers;
using System.Collections.Generic;

namespace HeldOut59.ArrayPoolBatch_FlatTotal;

public static class PooledBatchSoftmax
{
    public static double[] Run(IReadOnlyList<sbyte[]> rows, double scale, int zeroPoint)
    {
        int classes = rows[0].Length;
        int count = rows.Count * classes;
        double[] scratch = ArrayPool<double>.Shared.Rent(count);
        var probs = new double[count];
        try
        {
            for (int b = 0; b < rows.Count; b++)
            {
                sbyte[] row = rows[b];
                double max = double.NegativeInfinity;
                foreach (sbyte q in row)
                {
                    max = Math.Max(max, (q - zeroPoint) * scale);
                }

                for (int k = 0; k < classes; k++)
                {
                    scratch[b * classes + k] = Math.Exp((row[k] - zeroPoint) * scale - max);
                }
            }

            double sum = 0.0;
            for (int i = 0; i < count; i++)
            {
                sum += scratch[i]; //~ LG0002
            }

            for (int i = 0; i < count; i++)
            {
                probs[i] = scratch[i] / sum;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }

        return probs;
    }
}
