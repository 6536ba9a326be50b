// Variants (our own code) of HeldOut4/OnlineSoftmaxRecordStats.cs, the buggy twins of RecordStats_ResetPerRow.cs:
// the (max, denominator) value is created once before the row loop and never reset, so row r is shifted by the max
// of rows 0..r and divided by a denominator that still holds the earlier rows' mass.
// Layouts: row-major flat float[], double[,]. Bug: LG0001 (max carried across rows) and LG0002 (sum carried).
using System;

namespace Recreations.RecordStats_CarriedAcrossRows;

public readonly record struct Stats(float Max, float Denominator)
{
    public static Stats Empty => new(float.NegativeInfinity, 0f);
}

public record struct MutableStats(double Max, double Sum);

public static class OnlineSoftmax
{
    public static void CreatedOnceWithUpdates(float[] x, float[] y, int rows, int cols)
    {
        var stats = Stats.Empty;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                float next = MathF.Max(stats.Max, v); //~ LG0001
                stats = stats with
                {
                    Max = next,
                    Denominator = stats.Denominator * MathF.Exp(stats.Max - next) + MathF.Exp(v - next), //~ LG0002
                };
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - stats.Max) / stats.Denominator;
        }
    }

    public static void MemberWiseCreatedOnce(double[,] x, double[,] y)
    {
        var s = new MutableStats(double.NegativeInfinity, 0.0);
        for (int r = 0; r < x.GetLength(0); r++)
        {
            for (int c = 0; c < x.GetLength(1); c++)
            {
                double next = Math.Max(s.Max, x[r, c]); //~ LG0001
                s.Sum = s.Sum * Math.Exp(s.Max - next) + Math.Exp(x[r, c] - next); //~ LG0002
                s.Max = next;
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] = Math.Exp(x[r, c] - s.Max) / s.Sum;
        }
    }
}
