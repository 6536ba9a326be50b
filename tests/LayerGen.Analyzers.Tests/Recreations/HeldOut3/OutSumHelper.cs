// Re-creates: Accord.NET-style helper decomposition (Special.Softmax with an out parameter): a private helper
// writes the shifted exponentials of one row and returns their sum through `out`; the caller divides.
// Layout: flat [rows, cols] row-major double[], Span row slices; softmax axis = cols.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.OutSumHelper;

public static class HelperSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            Span<double> dst = y.AsSpan(r * cols, cols);
            ExpShifted(x.AsSpan(r * cols, cols), dst, out double sum);
            for (int c = 0; c < cols; c++)
            {
                dst[c] /= sum;
            }
        }
    }

    private static void ExpShifted(ReadOnlySpan<double> row, Span<double> dst, out double sum)
    {
        double max = row[0];
        for (int c = 1; c < row.Length; c++)
        {
            max = row[c] > max ? row[c] : max;
        }

        sum = 0;
        for (int c = 0; c < row.Length; c++)
        {
            dst[c] = Math.Exp(row[c] - max);
            sum += dst[c];
        }
    }
}
