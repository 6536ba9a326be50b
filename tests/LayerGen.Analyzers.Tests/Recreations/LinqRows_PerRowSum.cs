// Correct twins (our own code) of LinqRows_TotalSum.cs: the same LINQ batch softmaxes with the per-row maxima built by
// LINQ and read back by row index, and the sums per row too (exps.Select(e => e.Sum()).ToArray(), a sum reset in the
// row loop). Layouts: List<double[]>, float[][]; double and float. Correct: no diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqRowsPerRowSum;

public static class PerRowSumSoftmax
{
    public static List<double[]> SumsArray(List<double[]> batch)
    {
        double[] maxes = batch.Select(row => row.Max()).ToArray();
        List<double[]> exps = batch.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).ToArray()).ToList();
        double[] sums = exps.Select(e => e.Sum()).ToArray();
        return exps.Select((e, i) => e.Select(v => v / sums[i]).ToArray()).ToList();
    }

    public static float[][] LoopRowSum(float[][] x)
    {
        List<float> maxes = x.Select(row => { return row.Max(); }).ToList();
        var y = new float[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = new float[x[i].Length];
            float sum = 0f;
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] = MathF.Exp(x[i][j] - maxes[i]);
                sum += y[i][j];
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] /= sum;
            }
        }

        return y;
    }
}
