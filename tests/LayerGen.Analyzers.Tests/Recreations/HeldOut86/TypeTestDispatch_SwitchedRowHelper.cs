// Idiom: `item switch { double[] a => a, List<double> l => l, IEnumerable<double> seq => seq.ToList(), ... }` type tests
//        picking a row view, then a helper that exponentiates one row shifted by that row's max
// Use: a scoring service that accepts rows in whatever container the caller had
// Layout: IReadOnlyList<object>, each element one row (double[], List<double> or any IEnumerable<double>)
// Correct: the shift happens inside ExpShifted, given one row and that row's max
// Our own code
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut86.TypeTestDispatch_SwitchedRowHelper;

public static class MixedRows
{
    private static double ExpShifted(IReadOnlyList<double> row, double max, double[] dst)
    {
        double total = 0.0;
        for (int i = 0; i < row.Count; i++)
        {
            dst[i] = Math.Exp(row[i] - max);
            total += dst[i];
        }

        return total;
    }

    public static double[][] Softmax(IReadOnlyList<object> rows)
    {
        var result = new double[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            IReadOnlyList<double> row = rows[r] switch
            {
                double[] a => a,
                List<double> l => l,
                IEnumerable<double> seq => seq.ToList(),
                null => throw new ArgumentNullException(nameof(rows)),
                var other => throw new ArgumentException($"unsupported row type {other.GetType()}", nameof(rows)),
            };

            double max = double.NegativeInfinity;
            foreach (double v in row)
            {
                max = Math.Max(max, v);
            }

            var p = new double[row.Count];
            double total = ExpShifted(row, max, p);
            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= total;
            }

            result[r] = p;
        }

        return result;
    }
}
