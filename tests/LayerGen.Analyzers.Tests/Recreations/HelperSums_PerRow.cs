// Variants (our own code) of the fold-to-helper refactoring seen in CPU softmax kernels, the correct twins of
// HelperSums_TooWide.cs: a static helper of the same type sums the exps of one row (offset/length, a row index of a
// float[,]), the row's own max passed in or subtracted from the exps it stores into the caller's buffer.
// Layouts: row-major flat float[]/double[] [rows, cols]; float[,]. Correct.
using System;

namespace Recreations.HelperSums_PerRow;

public static class HelperSums
{
    public static void RowHelperSum(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            float s = SumExpRow(x, r * cols, cols, m);
            for (int j = 0; j < cols; j++) y[r * cols + j] = MathF.Exp(x[r * cols + j] - m) / s;
        }
    }

    static float SumExpRow(float[] x, int offset, int length, float max)
    {
        float s = 0f;
        for (int i = 0; i < length; i++) s += MathF.Exp(x[offset + i] - max);
        return s;
    }

    public static void RowMaxArrayAndHelperSum(double[] x, double[] y, int rows, int cols)
    {
        var maxes = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = Math.Max(m, x[r * cols + j]);
            maxes[r] = m;
        }

        for (int r = 0; r < rows; r++)
        {
            double s = SumShifted(x, r * cols, cols, maxes[r]);
            for (int j = 0; j < cols; j++) y[r * cols + j] = Math.Exp(x[r * cols + j] - maxes[r]) / s;
        }
    }

    static double SumShifted(double[] x, int offset, int length, double max)
    {
        double s = 0;
        int i = 0;
        while (i < length)
        {
            s += Math.Exp(x[offset + i] - max);
            i++;
        }

        return s;
    }

    public static void ShiftedExpsFilledByHelper(float[,] x, float[,] p)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float m = float.MinValue;
            for (int c = 0; c < x.GetLength(1); c++) m = MathF.Max(m, x[r, c]);
            float s = FillExps(x, p, r, m);
            for (int c = 0; c < x.GetLength(1); c++) p[r, c] /= s;
        }
    }

    static float FillExps(float[,] x, float[,] p, int r, float m)
    {
        float s = 0f;
        for (int c = 0; c < x.GetLength(1); c++)
        {
            p[r, c] = MathF.Exp(x[r, c] - m);
            s += p[r, c];
        }

        return s;
    }
}
