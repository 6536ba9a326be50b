// known gap: peaks produced through Lazy<T> (method group or lambda) read via a property are not followed, exp judged unshifted (LG0003); a direct ColumnPeaks() call gives LG0004
// gap: -LG0004@58 +LG0003@37
// Idiom: a lazily cached property backed by `Lazy<double[]>` — `Peaks => _columnPeaks.Value`, computed by a private
// method group given to the `Lazy` constructor; `Probabilities()` maps the rows with a LINQ `Select` block lambda.
// Use: a score table that caches statistics used by several consumers.
// Layout: jagged double[batch][classes]; softmax per row (over the classes).
// Bug: LG0004 — the cached peaks are per class over every row (column maxima); the sums are per row.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut74.LazyProperty_ClassPeaks;

public sealed class ScoreTable
{
    private readonly double[][] _rows;
    private readonly Lazy<double[]> _columnPeaks;

    public ScoreTable(double[][] rows)
    {
        _rows = rows;
        _columnPeaks = new Lazy<double[]>(ColumnPeaks);
    }

    public double[] Peaks => _columnPeaks.Value;

    public double[][] Probabilities()
    {
        double[] p = Peaks;
        return _rows.Select(row =>
        {
            var e = new double[row.Length];
            double z = 0;
            for (int c = 0; c < row.Length; c++)
            {
                e[c] = Math.Exp(row[c] - p[c]);
                z += e[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                e[c] /= z;
            }

            return e;
        }).ToArray();
    }

    private double[] ColumnPeaks()
    {
        var peaks = new double[_rows[0].Length];
        Array.Fill(peaks, double.NegativeInfinity);
        foreach (double[] row in _rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c] > peaks[c]) peaks[c] = row[c]; //~ LG0004
            }
        }

        return peaks;
    }
}
