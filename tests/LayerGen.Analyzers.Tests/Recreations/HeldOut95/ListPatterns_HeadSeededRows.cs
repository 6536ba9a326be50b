// Idiom: list patterns (C# 11/12) in a switch expression — [] / [_] / [var head, .. var tail], peak seeded with head.
// Use: per-sample probabilities for jagged rows of varying length (one-class rows are certain).
// Layout: jagged double[batch][].
// Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut95.ListPatterns_HeadSeededRows;

public static class PatternSoftmax
{
    public static double[][] Rows(double[][] rows) => [.. rows.Select(Row)];

    private static double[] Row(double[] row) => row switch
    {
        [] => [],
        [_] => [1.0],
        [var head, .. var tail] => Normalise(row, tail.Aggregate(head, Math.Max)),
    };

    private static double[] Normalise(double[] row, double peak)
    {
        var p = new double[row.Length];
        double s = 0;
        for (int i = 0; i < row.Length; i++)
            s += p[i] = Math.Exp(row[i] - peak);
        for (int i = 0; i < p.Length; i++)
            p[i] /= s;
        return p;
    }
}
