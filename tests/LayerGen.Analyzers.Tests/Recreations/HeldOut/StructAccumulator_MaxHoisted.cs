// Variant (our own code) of the struct-accumulator softmax (RowStats with Max and Sum fields): the struct is created
// once before the row loop and only its Sum is cleared per row, so Max keeps the largest value of all earlier rows.
// Layout: row-major float[rows, cols]; state in struct fields. Bug (LG0001): Max never reset per row.
using System;

namespace HeldOut.StructAccumulatorMaxHoisted;

public struct RowStats
{
    public float Max;
    public float Sum;
}

public static class StructSoftmax
{
    public static void Forward(float[,] x)
    {
        var stats = new RowStats { Max = float.NegativeInfinity, Sum = 0f };
        for (int i = 0; i < x.GetLength(0); i++)
        {
            stats.Sum = 0f;
            for (int j = 0; j < x.GetLength(1); j++)
            {
                stats.Max = MathF.Max(stats.Max, x[i, j]); //~ LG0001
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
