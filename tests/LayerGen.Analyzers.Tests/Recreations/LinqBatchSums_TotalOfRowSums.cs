// Variants (our own code) of HeldOut5/FocalLossLinqBatchPartition.cs and HeldOut4/LinqSelectIndexRowMaxTotalSum.cs, in
// the shapes of LINQ-heavy loss code (functional-style C# answers and course code): each row's shifted exps are summed
// by an inner LINQ fold, and an outer fold (Sum, Aggregate with or without a seed, Sum of the materialised array, a
// Range over row indices) adds those row sums into one partition function shared by every row.
// Layouts: double[][] and List<double[]> rows; row-major flat float[] walked by Enumerable.Range.
// Bug: LG0002 (one sum over the whole batch), at the outer fold.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqBatchSums_TotalOfRowSums;

public static class BatchPartition
{
    public static double[][] AggregateOfRowSums(double[][] logits)
    {
        double[] maxes = logits.Select(row => row.Max()).ToArray();
        double z = logits.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).Aggregate((a, b) => a + b); //~ LG0002
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z).ToArray()).ToArray();
    }

    public static double[][] SeededAggregateOfRowSums(double[][] logits)
    {
        double[] maxes = logits.Select(row => row.Max()).ToArray();
        double z = logits.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).Aggregate(0.0, (a, b) => a + b); //~ LG0002
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z).ToArray()).ToArray();
    }

    public static double[][] SumOfMaterialisedRowSums(double[][] logits)
    {
        double[] maxes = logits.Select(row => row.Max()).ToArray();
        double[] rowSums = logits.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).ToArray();
        double z = rowSums.Sum(); //~ LG0002
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z).ToArray()).ToArray();
    }

    public static List<double[]> SumOfListRowSums(List<double[]> logits)
    {
        var maxes = logits.Select(row => row.Max()).ToList();
        double z = logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).Sum()).Sum(); //~ LG0002
        return logits.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z).ToArray()).ToList();
    }

    public static double[][] RangeOverRowIndices(double[][] logits)
    {
        double z = Enumerable.Range(0, logits.Length).Sum(r => logits[r].Sum(v => Math.Exp(v - logits[r].Max()))); //~ LG0002
        return logits.Select(row => row.Select(v => Math.Exp(v - row.Max()) / z).ToArray()).ToArray();
    }

    public static float[] FlatRangeOfRowSums(float[] x, int rows, int cols)
    {
        var y = new float[x.Length];
        var maxes = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            maxes[r] = m;
        }

        float z = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Sum(j => MathF.Exp(x[r * cols + j] - maxes[r]))).Sum(); //~ LG0002
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(x[r * cols + j] - maxes[r]) / z;
            }
        }

        return y;
    }
}
