// Variants (our own code) of HeldOut5/FocalLossLinqBatchPartition.cs, the correct twins of
// LinqBatchSums_TotalOfRowSums.cs: each row's shifted exps are summed by an inner LINQ fold and the row sums are kept
// per row (mapped to an array or list, or folded inline per row), so every row is divided by its own sum; a batch
// total of the row sums, where there is one, only feeds a statistic (the mean partition value), not the softmax.
// Layouts: double[][] and List<double[]> rows; row-major flat float[] walked by Enumerable.Range. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqBatchSums_PerRowSums;

public static class BatchPartition
{
    public static double[][] MappedRowSums(double[][] logits)
    {
        double[] maxes = logits.Select(row => row.Max()).ToArray();
        double[] zs = logits.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).ToArray();
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / zs[i]).ToArray()).ToArray();
    }

    public static double[][] MappedRowSumsWithInlineMax(double[][] logits, out double meanPartition)
    {
        double[] zs = logits.Select(row => row.Sum(v => Math.Exp(v - row.Max()))).ToArray();
        meanPartition = zs.Sum() / zs.Length;
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - row.Max()) / zs[i]).ToArray()).ToArray();
    }

    public static List<double[]> ListRowSums(List<double[]> logits)
    {
        var maxes = logits.Select(row => row.Max()).ToList();
        var zs = logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).Sum()).ToList();
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / zs[i]).ToArray()).ToList();
    }

    public static double[][] InlineRowSum(double[][] logits)
    {
        return logits.Select(row => row.Select(v => Math.Exp(v - row.Max()) / row.Sum(u => Math.Exp(u - row.Max()))).ToArray()).ToArray();
    }

    public static float[] FlatRangeRowSums(float[] x, int rows, int cols)
    {
        var y = new float[x.Length];
        var maxes = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            maxes[r] = m;
        }

        float[] zs = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Sum(j => MathF.Exp(x[r * cols + j] - maxes[r]))).ToArray();
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(x[r * cols + j] - maxes[r]) / zs[r];
            }
        }

        return y;
    }
}
