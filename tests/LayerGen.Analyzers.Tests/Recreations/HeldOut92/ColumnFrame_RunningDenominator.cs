// Idiom: a small ScoreFrame class holding List<double[]> class columns and a row count; the row's exps written into
// result columns, then the row's mass taken with result.Sum(col => col[r]).
// Use: per-row class probabilities for a columnar frame in an analytics job.
// Layout: ScoreFrame.Columns[class][row] (List of double columns); output double[class][row].
// Bug (LG0002): the max is per row, but the denominator is declared before the row loop and accumulates the exps of
// every row.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.ColumnFrame_RunningDenominator;

public sealed class ScoreFrame
{
    public ScoreFrame(List<double[]> columns, int rowCount)
    {
        Columns = columns;
        RowCount = rowCount;
    }

    public List<double[]> Columns { get; }

    public int RowCount { get; }
}

public static class FrameSoftmax
{
    public static double[][] Softmax(ScoreFrame frame)
    {
        int k = frame.Columns.Count;
        var result = new double[k][];
        for (int c = 0; c < k; c++)
        {
            result[c] = new double[frame.RowCount];
        }

        double denominator = 0;
        for (int r = 0; r < frame.RowCount; r++)
        {
            double peak = frame.Columns[0][r];
            for (int c = 1; c < k; c++)
            {
                peak = Math.Max(peak, frame.Columns[c][r]);
            }

            for (int c = 0; c < k; c++)
            {
                result[c][r] = Math.Exp(frame.Columns[c][r] - peak);
            }

            denominator += result.Sum(col => col[r]); //~ LG0002
        }

        foreach (double[] col in result)
        {
            for (int r = 0; r < col.Length; r++)
            {
                col[r] /= denominator;
            }
        }

        return result;
    }
}
