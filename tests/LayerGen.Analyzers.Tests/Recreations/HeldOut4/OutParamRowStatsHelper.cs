// Source: classic C# NN code with `out` helpers (Accord.NET-style Special/Matrix helpers, forum "softmax in C#"
// answers): one helper returns a row's max and its shifted exp-sum through out parameters.
// Layout: row-major [rows, cols] float; helper over a ReadOnlySpan row; caller divides.
// Correct.
using System;

namespace LayerGen.HeldOut4.OutParamRowStatsHelper;

public static class RowSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            RowStats(row, out float max, out float sum);
            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(row[c] - max) / sum;
        }
    }

    private static void RowStats(ReadOnlySpan<float> row, out float max, out float sum)
    {
        max = float.NegativeInfinity;
        foreach (float v in row)
            max = v > max ? v : max;

        sum = 0f;
        foreach (float v in row)
            sum += MathF.Exp(v - max);
    }
}
