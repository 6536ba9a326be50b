// Idiom: a credit-risk batch job normalises each account's risk-class scores in place in one flat `Span<double>`,
// with a private helper `MaxOf(ReadOnlySpan<double>)` for the row peak.
// Layout: flat row-major `Span<double>` `[accounts * classes]`, `Slice(start, width)` per account; one softmax per row.
// Own code.
// Correct: the helper is given one row slice, so the shift is that row's max.
using System;

namespace HeldOut66.RiskScores_RowMaxHelper;

public static class RiskScoring
{
    public static void Normalise(Span<double> scores, int width)
    {
        for (int start = 0; start < scores.Length; start += width)
        {
            Span<double> row = scores.Slice(start, width);
            double m = MaxOf(row);
            double sum = 0;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = Math.Exp(row[j] - m);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }

    private static double MaxOf(ReadOnlySpan<double> values)
    {
        double m = values[0];
        foreach (double v in values)
        {
            if (v > m) m = v;
        }

        return m;
    }
}
