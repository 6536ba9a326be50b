// Variants (our own code) of the fold-to-helper refactoring seen in CPU softmax kernels (KelpNet/SharpNet-style
// "SumExp(x, offset, length, max)" helpers, course code that splits the normaliser into a static method): the sum of
// exps is computed by a static helper of the same type, called once per row, but the helper's range spans the whole
// batch, the max passed in is the batch's, or nothing is subtracted at all.
// Layouts: row-major flat float[]/double[] [rows, cols]; float[,].
// Bugs: LG0002 (the helper sums every row: at the helper's fold), LG0001 (the caller's max is the batch's: at its
// fold), LG0003 (the helper exponentiates raw logits: at the helper's exp).
using System;

namespace Recreations.HelperSums_TooWide;

public static class HelperSums
{
    public static void WholeBufferHelperSum(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.MinValue;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
            float s = SumExpAll(x, m);
            for (int j = 0; j < cols; j++) y[r * cols + j] = MathF.Exp(x[r * cols + j] - m) / s;
        }
    }

    static float SumExpAll(float[] x, float m)
    {
        float s = 0f;
        for (int i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m); //~ LG0002
        return s;
    }

    public static void BatchMaxPassedToRowHelper(double[] x, double[] y, int rows, int cols)
    {
        double m = double.NegativeInfinity;
        for (int k = 0; k < x.Length; k++) m = Math.Max(m, x[k]); //~ LG0001
        for (int r = 0; r < rows; r++)
        {
            double s = SumExpRow(x, r * cols, cols, m);
            for (int j = 0; j < cols; j++) y[r * cols + j] = Math.Exp(x[r * cols + j] - m) / s;
        }
    }

    static double SumExpRow(double[] x, int offset, int length, double max)
    {
        double s = 0;
        for (int i = 0; i < length; i++) s += Math.Exp(x[offset + i] - max);
        return s;
    }

    public static void RawExpsFilledByHelper(float[,] x, float[,] p)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float s = FillExps(x, p, r); //~ LG0003
            for (int c = 0; c < x.GetLength(1); c++) p[r, c] /= s;
        }
    }

    static float FillExps(float[,] x, float[,] p, int r)
    {
        float s = 0f;
        for (int c = 0; c < x.GetLength(1); c++)
        {
            p[r, c] = MathF.Exp(x[r, c]);
            s += p[r, c];
        }

        return s;
    }
}
