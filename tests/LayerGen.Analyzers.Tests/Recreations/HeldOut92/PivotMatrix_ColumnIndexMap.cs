// Idiom: a pivot matrix with a column-name map (label -> index), stored class-major double[class, row]; per row the
// class cells reached through foreach over the map with KeyValuePair deconstruction.
// Use: per-row probabilities of a pivot exported as a dense matrix plus its column dictionary.
// Layout: double[classes, rows] (class-major), IReadOnlyDictionary<string, int> columnIndex.
// Correct: per row r, max and sum over the class cells m[c, r] of that row.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.PivotMatrix_ColumnIndexMap;

public static class PivotMatrix
{
    public static double[,] Softmax(double[,] m, IReadOnlyDictionary<string, int> columnIndex)
    {
        int rows = m.GetLength(1);
        var p = new double[m.GetLength(0), rows];
        for (int r = 0; r < rows; r++)
        {
            double top = double.NegativeInfinity;
            foreach (var (_, c) in columnIndex)
            {
                if (m[c, r] > top) top = m[c, r];
            }

            double z = 0;
            foreach (var (_, c) in columnIndex)
            {
                p[c, r] = Math.Exp(m[c, r] - top);
                z += p[c, r];
            }

            foreach (int c in columnIndex.Values)
            {
                p[c, r] /= z;
            }
        }

        return p;
    }
}
