// Idiom: one ArrayPool<double> rental for the exps of the whole batch; the per-row normaliser loop runs to rented.Length.
// Use: a batched softmax in a pooled inference path (the rental is longer than batch * classes).
// Layout: jagged double[batch][classes] in and out; exps stored row-major in the rented buffer.
// Bug: LG0002 — each row's normaliser runs from the row's start to the end of the rental: every later row (and the stale tail).
// Our own code.
#nullable enable
using System;
using System.Buffers;

namespace HeldOut80.ArrayPool_RentedLengthSum;

public static class BatchedPool
{
    public static double[][] Softmax(double[][] logits)
    {
        int batch = logits.Length, classes = logits[0].Length;
        double[] exps = ArrayPool<double>.Shared.Rent(batch * classes);
        var result = new double[batch][];
        for (int b = 0; b < batch; b++)
        {
            double[] row = logits[b];
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                m = Math.Max(m, row[c]);
            }

            for (int c = 0; c < classes; c++)
            {
                exps[b * classes + c] = Math.Exp(row[c] - m);
            }
        }

        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            for (int k = b * classes; k < exps.Length; k++)
            {
                z += exps[k]; //~ LG0002
            }

            result[b] = new double[classes];
            for (int c = 0; c < classes; c++)
            {
                result[b][c] = exps[b * classes + c] / z;
            }
        }

        ArrayPool<double>.Shared.Return(exps);
        return result;
    }
}
