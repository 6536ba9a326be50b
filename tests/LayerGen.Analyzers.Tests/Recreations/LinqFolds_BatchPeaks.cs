// Variant (our own code) of the per-row LINQ softmax of Foreach_JaggedLinqRows.cs (FotNET's LINQ SoftMax lifted to a
// batch), with the peak folded by LINQ spellings that run over the whole batch: a PLINQ fold of row maxima
// (`AsParallel().Max(row => row.Max())`, `AsParallel().SelectMany(r => r).Max()`) and an element-wise
// `Aggregate`/`Zip(Math.Max)` fold that gives each column's peak over all rows.
// Layout: jagged float[rows][cols] / double[rows][cols], one softmax per row.
// Bugs: LG0001 twice (one batch-wide peak shifts every row), LG0004 (a per-column peak, while each sum runs over a row).
using System;
using System.Linq;

namespace Recreations.LinqFoldsBatchPeaks;

public static class BatchPeakSoftmax
{
    public static float[][] ParallelRowMaxima(float[][] scores)
    {
        float shift = scores.AsParallel().WithDegreeOfParallelism(4).Max(row => row.Max()); //~ LG0001
        var result = new float[scores.Length][];
        for (int r = 0; r < scores.Length; r++)
        {
            float[] e = scores[r].Select(s => MathF.Exp(s - shift)).ToArray();
            float z = e.Sum();
            result[r] = e.Select(v => v / z).ToArray();
        }

        return result;
    }

    public static double[][] ParallelFlattenedPeak(double[][] logits)
    {
        double peak = logits.AsParallel().SelectMany(r => r).Max(); //~ LG0001
        return logits.Select(row =>
        {
            double[] e = row.Select(v => Math.Exp(v - peak)).ToArray();
            double total = e.Sum();
            return e.Select(v => v / total).ToArray();
        }).ToArray();
    }

    public static double[][] ColumnPeaksRowSums(double[][] x)
    {
        double[] peaks = x.Aggregate((acc, row) => acc.Zip(row, (a, b) => a > b ? a : b).ToArray()); //~ LG0004
        var y = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = new double[x[i].Length];
            double sum = 0;
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] = Math.Exp(x[i][j] - peaks[j]);
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
