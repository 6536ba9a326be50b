// Variant (our own code) of the per-row LINQ softmax of Foreach_JaggedLinqRows.cs (FotNET's LINQ SoftMax lifted to a
// batch), the correct twins of LinqFolds_BatchPeaks.cs: each row's peak through PLINQ (`row.AsParallel().Max()`) or
// `Aggregate(Math.Max)`, and a softmax per column whose per-column peak is the element-wise
// `Aggregate`/`Zip(Math.Max)` fold and whose sum runs over the same column.
// Layout: jagged float[rows][cols] / double[rows][cols]. Correct: max and sum reduce over the same axis.
using System;
using System.Linq;

namespace Recreations.LinqFoldsRowPeaks;

public static class RowPeakSoftmax
{
    public static float[][] ParallelRowPeak(float[][] scores)
    {
        var result = new float[scores.Length][];
        for (int r = 0; r < scores.Length; r++)
        {
            float shift = scores[r].AsParallel().Max();
            float[] e = scores[r].Select(s => MathF.Exp(s - shift)).ToArray();
            float z = e.Sum();
            result[r] = e.Select(v => v / z).ToArray();
        }

        return result;
    }

    public static double[][] AggregateRowPeak(double[][] logits)
    {
        return logits.Select(row =>
        {
            double peak = row.Aggregate(Math.Max);
            double[] e = row.Select(v => Math.Exp(v - peak)).ToArray();
            double total = e.Aggregate(0.0, (s, v) => s + v);
            return e.Select(v => v / total).ToArray();
        }).ToArray();
    }

    /// <summary>One distribution per column (over the rows), as a column-major classifier output is normalised.</summary>
    public static double[][] ColumnPeaksColumnSums(double[][] x, int cols)
    {
        double[] peaks = x.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray());
        var y = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = new double[cols];
        }

        for (int j = 0; j < cols; j++)
        {
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                y[i][j] = Math.Exp(x[i][j] - peaks[j]);
                sum += y[i][j];
            }

            for (int i = 0; i < x.Length; i++)
            {
                y[i][j] /= sum;
            }
        }

        return y;
    }
}
