// Idiom: recursive max over an index range split in halves (MaxHalves(x, lo, hi)), given one row's range.
// Use: batched classifier outputs, one softmax per row.
// Layout: flat float[rows * cols], row-major; row r is x[r * cols .. r * cols + cols).
// Correct: the halving max sees exactly one row; the sum and the reciprocal are per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.HalvingMax_FlatRowRanges;

public static class RowSoftmax
{
    private static float MaxHalves(float[] x, int lo, int hi)
    {
        if (hi - lo == 1)
        {
            return x[lo];
        }

        int mid = lo + ((hi - lo) / 2);
        return MathF.Max(MaxHalves(x, lo, mid), MaxHalves(x, mid, hi));
    }

    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int start = r * cols;
            float max = MaxHalves(x, start, start + cols);
            float sum = 0f;
            for (int j = start; j < start + cols; j++)
            {
                y[j] = MathF.Exp(x[j] - max);
                sum += y[j];
            }

            float inv = 1f / sum;
            for (int j = start; j < start + cols; j++)
            {
                y[j] *= inv;
            }
        }
    }
}
