// Idiom: a row collection implementing `IEnumerable<double[]>` with `yield return` over a flat buffer (use: per-step class scores of a sequence).
// Layout: `StepSequence : IEnumerable<double[]>`, each yielded row one step's class scores (copied out of a flat buffer).
// Bug LG0004: the peaks are per class over every row (the batch axis), while each softmax sums over one row's classes.
// Our own code.
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;

namespace HeldOut70.RowCollection_ColumnPeaksOverRows;

public sealed class StepSequence : IEnumerable<double[]>
{
    private readonly double[] _flat;
    private readonly int _classes;

    public StepSequence(double[] flat, int classes)
    {
        _flat = flat;
        _classes = classes;
    }

    public int Classes => _classes;

    public IEnumerator<double[]> GetEnumerator()
    {
        for (int o = 0; o < _flat.Length; o += _classes)
        {
            yield return _flat.AsSpan(o, _classes).ToArray();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class StepSoftmax
{
    public static List<double[]> Softmax(StepSequence steps)
    {
        var peaks = new double[steps.Classes];
        Array.Fill(peaks, double.NegativeInfinity);
        foreach (double[] row in steps)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c] > peaks[c]) peaks[c] = row[c]; //~ LG0004
            }
        }

        var output = new List<double[]>();
        foreach (double[] row in steps)
        {
            var p = new double[row.Length];
            double s = 0.0;
            for (int c = 0; c < row.Length; c++)
            {
                p[c] = Math.Exp(row[c] - peaks[c]);
                s += p[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                p[c] /= s;
            }

            output.Add(p);
        }

        return output;
    }
}
