// Idiom: tail recursion with accumulator parameters — MaxFrom(row, j + 1, Math.Max(acc, row[j])) and
// SumExpFrom(row, j + 1, shift, acc + exp(row[j] - shift)).
// Use: batched softmax over span rows.
// Layout: flat double[batch * classes] as ReadOnlySpan<double>, rows by Slice(o, classes).
// Correct: both accumulators start fresh for each row's slice.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.TailAccumulator_SpanRows;

public static class TailSoftmax
{
    private static double MaxFrom(ReadOnlySpan<double> row, int j, double acc) =>
        j == row.Length ? acc : MaxFrom(row, j + 1, Math.Max(acc, row[j]));

    private static double SumExpFrom(ReadOnlySpan<double> row, int j, double shift, double acc) =>
        j == row.Length ? acc : SumExpFrom(row, j + 1, shift, acc + Math.Exp(row[j] - shift));

    public static void Softmax(ReadOnlySpan<double> x, Span<double> y, int classes)
    {
        for (int o = 0; o < x.Length; o += classes)
        {
            ReadOnlySpan<double> row = x.Slice(o, classes);
            double max = MaxFrom(row, 0, double.NegativeInfinity);
            double sum = SumExpFrom(row, 0, max, 0.0);
            for (int j = 0; j < classes; j++)
            {
                y[o + j] = Math.Exp(row[j] - max) / sum;
            }
        }
    }
}
