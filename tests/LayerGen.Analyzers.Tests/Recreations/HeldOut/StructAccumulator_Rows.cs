// Re-creation (our own code) of object-oriented softmax code that keeps a row's statistics in a small mutable struct
// (Max, Sum), created fresh for each row, as statistics helpers in ooples/AiDotNet-style libraries do.
// Layout: row-major float[rows, cols]; per-row state in the fields of a struct local. Correct.
using System;

namespace HeldOut.StructAccumulatorRows;

public struct RowStats
{
    public float Max;
    public float Sum;
}

public static class StructSoftmax
{
    public static void Forward(float[,] x)
    {
        for (int i = 0; i < x.GetLength(0); i++)
        {
            var stats = new RowStats { Max = float.NegativeInfinity, Sum = 0f };
            for (int j = 0; j < x.GetLength(1); j++)
            {
                stats.Max = MathF.Max(stats.Max, x[i, j]);
            }

            for (int j = 0; j < x.GetLength(1); j++)
            {
                x[i, j] = MathF.Exp(x[i, j] - stats.Max);
                stats.Sum += x[i, j];
            }

            for (int j = 0; j < x.GetLength(1); j++)
            {
                x[i, j] /= stats.Sum;
            }
        }
    }
}
