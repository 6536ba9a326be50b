// Variants (our own code) of HeldOut6/RunningMaxRescaleOnline.cs and RecordStats_ResetPerRow.cs in this folder:
// per-row statistics kept in a tuple or struct, next to a batch total of the same type (a log-partition or a summary
// over all rows). The two variables share their member symbols; the per-row softmax uses only the per-row one, which
// is reset for every row, while the total folds the rows' sums and maxima across the batch.
// Layouts: double[,] with named tuples, float[] flat rows with a struct. Correct.
using System;

namespace Recreations.MemberInstances_RowAndTotal;

public struct RowStats
{
    public float Max;
    public float Sum;
}

public static class RowAndTotal
{
    public static double TupleTotals(double[,] x, double[,] y)
    {
        (double Max, double Sum) total = (double.NegativeInfinity, 0.0);
        for (int r = 0; r < x.GetLength(0); r++)
        {
            (double Max, double Sum) row = (double.NegativeInfinity, 0.0);
            for (int c = 0; c < x.GetLength(1); c++)
                row.Max = Math.Max(row.Max, x[r, c]);
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = Math.Exp(x[r, c] - row.Max);
                row.Sum += y[r, c];
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] /= row.Sum;
            total.Sum += row.Sum;
            total.Max = Math.Max(total.Max, row.Max);
        }

        return total.Max + Math.Log(total.Sum);
    }

    public static float StructTotals(float[] x, float[] y, int rows, int cols)
    {
        RowStats total = default;
        total.Max = float.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            RowStats row = new RowStats { Max = float.NegativeInfinity, Sum = 0f };
            for (int c = 0; c < cols; c++)
                row.Max = MathF.Max(row.Max, x[r * cols + c]);
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - row.Max);
                row.Sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= row.Sum;
            total.Sum += row.Sum;
            total.Max = MathF.Max(total.Max, row.Max);
        }

        return total.Max + MathF.Log(total.Sum);
    }
}
