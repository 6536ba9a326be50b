// Idiom: column store Dictionary<string, double[]> (one array per class label over all rows); per-row maxima and sums
// kept in arrays indexed by row while walking the columns.
// Use: turning a column-oriented score store into per-row class probabilities.
// Layout: Dictionary<string, double[]>, label -> column of rowCount values; the softmax runs across labels per row.
// Correct: rowMax[i] and rowSum[i] each cover exactly row i across all label columns.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.ColumnStore_RowAcrossLabels;

public static class ColumnStore
{
    public static Dictionary<string, double[]> Softmax(Dictionary<string, double[]> store, int rowCount)
    {
        var rowMax = new double[rowCount];
        Array.Fill(rowMax, double.NegativeInfinity);
        foreach (double[] column in store.Values)
        {
            for (int i = 0; i < rowCount; i++)
            {
                rowMax[i] = Math.Max(rowMax[i], column[i]);
            }
        }

        var rowSum = new double[rowCount];
        var result = new Dictionary<string, double[]>(store.Count);
        foreach (var (label, column) in store)
        {
            var e = new double[rowCount];
            for (int i = 0; i < rowCount; i++)
            {
                e[i] = Math.Exp(column[i] - rowMax[i]);
                rowSum[i] += e[i];
            }

            result[label] = e;
        }

        foreach (double[] e in result.Values)
        {
            for (int i = 0; i < rowCount; i++)
            {
                e[i] /= rowSum[i];
            }
        }

        return result;
    }
}
