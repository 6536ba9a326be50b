// Variants (our own code) of HeldOut4/OnlineSoftmaxRecordStats.cs, in the shapes of online-softmax / flash-attention
// ports that keep (max, denominator) in a small value type: reset per row by assigning the whole value
// (a static Empty property, default, a positional constructor) and updated with `with` or member-wise.
// Layouts: row-major flat float[], double[,]. Correct: every row starts from fresh statistics.
using System;

namespace Recreations.RecordStats_ResetPerRow;

public readonly record struct Stats(float Max, float Denominator)
{
    public static Stats Empty => new(float.NegativeInfinity, 0f);
}

public record struct MutableStats(double Max, double Sum);

public static class OnlineSoftmax
{
    public static void ResetFromConstructor(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var stats = new Stats(float.NegativeInfinity, 0f);
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                float next = MathF.Max(stats.Max, v);
                stats = stats with { Denominator = stats.Denominator * MathF.Exp(stats.Max - next) + MathF.Exp(v - next), Max = next };
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - stats.Max) / stats.Denominator;
        }
    }

    public static void ResetAssignedBeforeEachRow(float[] x, float[] y, int rows, int cols)
    {
        Stats stats;
        for (int r = 0; r < rows; r++)
        {
            stats = Stats.Empty;
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                float next = MathF.Max(stats.Max, v);
                stats = stats with { Max = next, Denominator = stats.Denominator * MathF.Exp(stats.Max - next) + MathF.Exp(v - next) };
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - stats.Max) / stats.Denominator;
        }
    }

    public static void MemberWiseUpdateResetByDefault(double[,] x, double[,] y)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            MutableStats s = default;
            s.Max = double.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                double next = Math.Max(s.Max, x[r, c]);
                s.Sum = s.Sum * Math.Exp(s.Max - next) + Math.Exp(x[r, c] - next);
                s.Max = next;
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] = Math.Exp(x[r, c] - s.Max) / s.Sum;
        }
    }
}
